import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { DEFAULT_VIDEO_HOSTS } from '@lms/server-core';
import { videoEmbeds } from './video-embeds';

/**
 * Raw HTML in the Markdown is not rendered at all (html: false); the result then passes an
 * allow-list sanitiser as a second wall: no script, no event handlers, no style, and only http,
 * https and mailto links (no javascript: or data: URLs).
 */
function renderer(videoHosts: string[]): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  videoEmbeds(md, videoHosts);
  return md;
}
const renderers = new Map<string, MarkdownIt>();

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    code: ['class'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...safeUrl(attribs, 'href'), rel: 'noopener noreferrer nofollow', target: '_blank' } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...safeUrl(attribs, 'src'), loading: 'lazy' } }),
  },
};

/** Only absolute http(s), mailto, in-page and same-site URLs survive; anything odd is dropped. */
const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;
function safeUrl(attribs: sanitizeHtml.Attributes, name: string): sanitizeHtml.Attributes {
  const value = attribs[name];
  if (value === undefined || SAFE_URL.test(value.trim())) return attribs;
  const { [name]: _dropped, ...rest } = attribs;
  return rest;
}
ALLOWED.allowedAttributes = { ...ALLOWED.allowedAttributes, a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title', 'loading'] };

export function sanitizeLessonHtml(html: string, videoHosts: string[] = DEFAULT_VIDEO_HOSTS): string {
  return sanitizeHtml(html, {
    ...ALLOWED,
    allowedTags: [...(ALLOWED.allowedTags as string[]), 'iframe'],
    allowedAttributes: { ...ALLOWED.allowedAttributes, iframe: ['src', 'title', 'loading', 'allowfullscreen', 'sandbox', 'referrerpolicy'] },
    allowedIframeHostnames: videoHosts,
    allowedSchemesByTag: { ...(ALLOWED.allowedSchemesByTag as Record<string, string[]>), iframe: ['https'] },
    // An iframe whose src the host list refused is dropped whole.
    exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
    allowIframeRelativeUrls: false,
  });
}

export function renderLessonMarkdown(source: string, videoHosts: string[] = DEFAULT_VIDEO_HOSTS): string {
  const key = videoHosts.join(',');
  let md = renderers.get(key);
  if (!md) renderers.set(key, (md = renderer(videoHosts)));
  return sanitizeLessonHtml(md.render(source), videoHosts);
}

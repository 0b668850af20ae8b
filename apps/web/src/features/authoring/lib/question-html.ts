import type { TextFormat } from '@lms/contracts';

/**
 * An authored question's text as the learner will see it, made in the author's browser for the
 * preview (the server renders and sanitises the same text for learners). The text may be another
 * author's (an institute bank), so HTML goes through an allow-list like the server's: parsed into
 * an inert document, unknown elements unwrapped, scripts and frames dropped, only known attributes
 * and safe URLs kept.
 */
const ALLOWED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub', 'span']);
const DROPPED = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'template', 'noscript', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math']);
const ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'] };
const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;
const SAFE_IMAGE = /^(https?:\/\/|\/(?!\/))/i;

function clean(parent: Element): void {
  for (const child of [...parent.children]) {
    const tag = child.tagName.toLowerCase();
    if (DROPPED.has(tag)) {
      child.remove();
      continue;
    }
    clean(child);
    if (!ALLOWED.has(tag)) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    for (const { name, value } of [...child.attributes]) {
      const url = name === 'href' ? SAFE_URL : name === 'src' ? SAFE_IMAGE : null;
      if (!(ATTRIBUTES[tag] ?? []).includes(name) || (url && !url.test(value.trim()))) child.removeAttribute(name);
    }
    if (tag === 'a') child.setAttribute('rel', 'noopener noreferrer nofollow');
  }
}

export function sanitizeHtml(html: string): string {
  const doc = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
  const holder = doc.createElement('div');
  // An inert document: nothing in it loads or runs while it is cleaned.
  holder.innerHTML = html;
  clean(holder);
  return holder.innerHTML;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lineBreaks = (text: string) => text.replace(/\r?\n/g, '<br>');

/** Markdown to HTML; until its renderer has loaded, Markdown shows as plain text. */
export type MarkdownRenderer = (text: string) => string;

export function questionHtml(text: string, format: TextFormat, markdown?: MarkdownRenderer): string {
  switch (format) {
    case 'markdown':
      return markdown ? sanitizeHtml(markdown(text)) : lineBreaks(escape(text));
    case 'html':
      return sanitizeHtml(text);
    case 'moodle':
      return sanitizeHtml(lineBreaks(text));
    case 'plain':
      return lineBreaks(escape(text));
  }
}

/** An option or a matching side: the same, without the paragraph Markdown wraps around one line. */
export function inlineHtml(text: string, format: TextFormat, markdown?: MarkdownRenderer): string {
  const html = questionHtml(text, format, markdown);
  const single = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
  return single && !single[1].includes('<p>') ? single[1] : html;
}

let markdownLoad: Promise<MarkdownRenderer> | undefined;

/** The Markdown renderer the server uses (raw HTML off), loaded the first time a Markdown question is previewed. */
export function loadMarkdown(): Promise<MarkdownRenderer> {
  markdownLoad ??= import('markdown-it').then(({ default: MarkdownIt }) => {
    const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
    return (text: string) => md.render(text);
  });
  return markdownLoad;
}

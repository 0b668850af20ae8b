import type MarkdownIt from 'markdown-it';


function embedUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const id = (value: string | null | undefined, pattern: RegExp) => (value && pattern.test(value) ? value : null);
  if (['www.youtube.com', 'youtube.com', 'm.youtube.com'].includes(url.hostname) && url.pathname === '/watch') {
    const v = id(url.searchParams.get('v'), /^[A-Za-z0-9_-]{6,20}$/);
    return v ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (url.hostname === 'youtu.be') {
    const v = id(url.pathname.slice(1), /^[A-Za-z0-9_-]{6,20}$/);
    return v ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (url.hostname === 'vimeo.com') {
    const v = id(url.pathname.slice(1), /^\d{3,12}$/);
    return v ? `https://player.vimeo.com/video/${v}` : null;
  }
  return null;
}

/**
 * A paragraph that holds nothing but a link to a video on an allowed host becomes a lazy,
 * sandboxed player; the sanitiser then lets only those hosts through as iframes.
 */
export function videoEmbeds(md: MarkdownIt, hosts: string[]): void {
  md.core.ruler.push('video_embeds', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].type !== 'paragraph_open' || tokens[i + 2].type !== 'paragraph_close') continue;
      const children = tokens[i + 1].children ?? [];
      const link = children.length === 3 && children[0].type === 'link_open' && children[2].type === 'link_close' ? children[0] : null;
      const src = link ? embedUrl(link.attrGet('href') ?? '') : null;
      if (!src || !hosts.includes(new URL(src).hostname)) continue;
      const title = md.utils.escapeHtml(children[1].content || 'video');
      const html = new state.Token('html_block', '', 0);
      html.content = `<iframe src="${src}" title="${title}" loading="lazy" allowfullscreen sandbox="allow-scripts allow-same-origin allow-presentation" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n`;
      tokens.splice(i, 3, html);
    }
  });
}

import type { LessonView } from '@lms/contracts';

/**
 * The files a lesson needs to be read offline: every same-site image, video, audio and source
 * in its HTML, and each attachment at the size the lesson's `downloadBytes` counts (an image's
 * smallest rendition, any other file as it is). Other sites' media cannot be stored usefully.
 * The URLs are the signed ones the server handed out, relative to this site.
 */
export function lessonMediaUrls(lesson: Pick<LessonView, 'html' | 'attachments'>, origin = window.location.origin): string[] {
  const template = document.createElement('template');
  template.innerHTML = lesson.html;
  const sources = Array.from(template.content.querySelectorAll('img[src], video[src], audio[src], source[src]'), (media) => media.getAttribute('src') ?? '');
  const files = lesson.attachments.map((attachment) => attachment.variants[0]?.url ?? attachment.url);
  const urls = new Set<string>();
  for (const source of [...sources, ...files]) {
    try {
      const url = new URL(source, `${origin}/`);
      if (url.origin === origin) urls.add(url.pathname + url.search);
    } catch {
      // not a URL: nothing to fetch
    }
  }
  return [...urls];
}

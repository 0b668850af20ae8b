import { describe, expect, it } from '@jest/globals';
import type { AttachmentView } from '@lms/contracts';
import { prepareLessonHtml } from './lesson-html';

describe('preparing lesson HTML for the reader', () => {
  it('drops a leading h1 that repeats the title and turns other h1s into h2s', () => {
    const html = '<h1>What is e-mail?</h1>\n<p>Intro &amp; more</p>\n<h1 id="x">Another part</h1><h2>Detail</h2>';
    expect(prepareLessonHtml(html, '  what is  e-mail? ')).toBe('\n<p>Intro &amp; more</p>\n<h2 id="x">Another part</h2><h2>Detail</h2>');
  });

  it('keeps a leading h1 that says something else, as an h2', () => {
    expect(prepareLessonHtml('<h1>Before you start</h1><p>x</p>', 'Lesson one')).toBe('<h2>Before you start</h2><p>x</p>');
  });

  it('wraps tables to scroll on their own, loads the first image at once and the rest lazily, and leaves links, URLs and embeds as the server made them', () => {
    const html =
      '<table><thead><tr><th style="text-align:left">A</th></tr></thead></table>' +
      '<p><a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">x</a><img src="/api/v1/attachments/1?exp=1&amp;sig=2" alt="ຮູບ" loading="lazy"></p>' +
      '<p><img src="https://example.org/a.png" alt=""></p>';
    expect(prepareLessonHtml(html, 'T')).toBe(
      '<div class="lesson__table"><table><thead><tr><th style="text-align:left">A</th></tr></thead></table></div>' +
        '<p><a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">x</a><img src="/api/v1/attachments/1?exp=1&amp;sig=2" alt="ຮູບ" fetchpriority="high" decoding="async"></p>' +
        '<p><img src="https://example.org/a.png" alt="" loading="lazy" decoding="async"></p>',
    );
  });

  it("gives an uploaded picture the size of the rendition it shows, so its space is kept while it loads", () => {
    const id = '1b6c1a52-3f0e-4b8e-9a51-5d0c2b7e9f10';
    const older = '2c7d2b63-4f1f-4c9f-8b62-6e1d3c8f0a21';
    const attachments: AttachmentView[] = [
      { id, filename: 'a.png', contentType: 'image/png', sizeBytes: 9, url: 'u', variants: [{ width: 480, height: 270, sizeBytes: 1, url: 'v' }, { width: 960, height: 540, sizeBytes: 2, url: 'w' }] },
      { id: older, filename: 'b.png', contentType: 'image/png', sizeBytes: 9, url: 'u', variants: [{ width: 480, sizeBytes: 1, url: 'v' }] },
    ];
    const html =
      `<p><img src="/api/v1/attachments/${id}?width=480&amp;exp=1&amp;sig=2" alt="a"></p>` +
      `<p><img src="/api/v1/attachments/${id}?exp=1&amp;sig=2" alt="b"></p>` +
      `<p><img src="/api/v1/attachments/${id}?width=480&amp;exp=1&amp;sig=2" alt="c" width="100" height="50"></p>` +
      `<p><img src="/api/v1/attachments/${older}?width=480&amp;exp=1&amp;sig=2" alt="d"></p>`;
    const images = Array.from(new DOMParser().parseFromString(prepareLessonHtml(html, 'T', attachments), 'text/html').images);
    expect(images.map((img) => [img.alt, img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['a', '480', '270'],
      // The original: the widest rendition's ratio.
      ['b', '960', '540'],
      // The author's own size stays.
      ['c', '100', '50'],
      // A rendition stored before heights were kept: no size, as before.
      ['d', null, null],
    ]);
  });
});

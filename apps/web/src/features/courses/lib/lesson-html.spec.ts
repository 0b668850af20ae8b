import { describe, expect, it } from '@jest/globals';
import { prepareLessonHtml } from './lesson-html';

describe('preparing lesson HTML for the reader', () => {
  it('drops a leading h1 that repeats the title and turns other h1s into h2s', () => {
    const html = '<h1>What is e-mail?</h1>\n<p>Intro &amp; more</p>\n<h1 id="x">Another part</h1><h2>Detail</h2>';
    expect(prepareLessonHtml(html, '  what is  e-mail? ')).toBe('\n<p>Intro &amp; more</p>\n<h2 id="x">Another part</h2><h2>Detail</h2>');
  });

  it('keeps a leading h1 that says something else, as an h2', () => {
    expect(prepareLessonHtml('<h1>Before you start</h1><p>x</p>', 'Lesson one')).toBe('<h2>Before you start</h2><p>x</p>');
  });

  it('wraps tables to scroll on their own, loads images lazily, and leaves links, URLs and embeds as the server made them', () => {
    const html =
      '<table><thead><tr><th style="text-align:left">A</th></tr></thead></table>' +
      '<p><a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">x</a><img src="/api/v1/attachments/1?exp=1&amp;sig=2" alt="ຮູບ" loading="lazy"></p>';
    expect(prepareLessonHtml(html, 'T')).toBe(
      '<div class="lesson__table"><table><thead><tr><th style="text-align:left">A</th></tr></thead></table></div>' +
        '<p><a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">x</a><img src="/api/v1/attachments/1?exp=1&amp;sig=2" alt="ຮູບ" loading="lazy" decoding="async"></p>',
    );
    expect(prepareLessonHtml('<p><img src="https://example.org/a.png" alt=""></p>', 'T')).toBe('<p><img src="https://example.org/a.png" alt="" loading="lazy" decoding="async"></p>');
  });
});

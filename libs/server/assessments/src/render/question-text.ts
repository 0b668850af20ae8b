import type { TextFormat } from '@lms/contracts';
import { renderLessonMarkdown, sanitizeLessonHtml } from '@lms/server-courses';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Authored question text as safe HTML: Markdown through the lesson renderer, HTML and Moodle's
 * auto-format through the same allow-list sanitiser, plain text escaped. Moodle's auto-format keeps
 * line breaks, so they become <br>.
 */
export function renderQuestionText(text: string, format: TextFormat): string {
  return cached(`${format}\u0000${text}`, () => render(text, format));
}

/**
 * Question versions never change and every start renders the same few hundred texts, through a
 * Markdown renderer and an HTML sanitiser: a quarter of a start's CPU. A bounded map keeps them.
 */
const CACHE_LIMIT = 5_000;
const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

function render(text: string, format: TextFormat): string {
  switch (format) {
    case 'markdown':
      return renderLessonMarkdown(text, []);
    case 'html':
      return sanitizeLessonHtml(text, []);
    case 'moodle':
      return sanitizeLessonHtml(text.replace(/\r?\n/g, '<br>'), []);
    case 'plain':
      return escape(text).replace(/\r?\n/g, '<br>');
  }
}

/** An option or a matching side: the same, without the paragraph Markdown wraps around one line. */
export function renderInlineText(text: string, format: TextFormat): string {
  const html = renderQuestionText(text, format);
  const single = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
  return single && !single[1].includes('<p>') ? single[1] : html;
}

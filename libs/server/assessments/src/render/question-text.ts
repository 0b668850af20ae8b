import type { TextFormat } from '@lms/contracts';
import { renderLessonMarkdown, sanitizeLessonHtml } from '@lms/server-courses';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Authored question text as safe HTML: Markdown through the lesson renderer, HTML and Moodle's
 * auto-format through the same allow-list sanitiser, plain text escaped. Moodle's auto-format keeps
 * line breaks, so they become <br>.
 */
export function renderQuestionText(text: string, format: TextFormat): string {
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

import type { TextFormat } from '@lms/contracts';

/** Moodle XML's `format` attribute values and ours, both ways. */
const FORMAT_FROM_MOODLE: Readonly<Record<string, TextFormat>> = {
  moodle_auto_format: 'moodle',
  html: 'html',
  markdown: 'markdown',
  plain_text: 'plain',
  // Moodle's long-deprecated wiki format renders like auto-format; there is no closer match.
  wiki_like: 'moodle',
};

const FORMAT_TO_MOODLE: Readonly<Record<TextFormat, string>> = {
  moodle: 'moodle_auto_format',
  html: 'html',
  markdown: 'markdown',
  plain: 'plain_text',
};

/** A missing or unknown format is HTML, as Moodle's own importer assumes. */
export function textFormatFromMoodle(value: string | undefined): TextFormat {
  const key = (value ?? '').trim();
  return Object.hasOwn(FORMAT_FROM_MOODLE, key) ? FORMAT_FROM_MOODLE[key] : 'html';
}

export function textFormatToMoodle(format: TextFormat): string {
  return FORMAT_TO_MOODLE[format] ?? 'html';
}

const CONTEXT_SEGMENT = /^\$[a-z]+\d*\$$/;
// A single '/' separates names; Moodle writes a '/' inside a name as '//'.
const SEPARATOR = /(?<!\/)\/(?!\/)/;

/**
 * A Moodle category path as Lane stores it: `top/Module 1/Week 2`.
 *
 * Moodle writes `$course$/top/Default for Course/Module 1`, where `$course$` (or `$system$`,
 * `$module$`, `$cat1$`…) names the context. The context is dropped, because Lane imports into
 * the bank the user chose. Like Moodle's importer (question/format.php, create_category_path),
 * every path is put under `top`, so `Module 1`, `top/Module 1` and `$course$/top/Module 1` are
 * one category; a GIFT `$CATEGORY:` line means the same in Moodle and should be read the same.
 * `top` alone is the root of the context, i.e. no category: undefined.
 */
export function normaliseCategoryPath(raw: string | undefined): string | undefined {
  const names = (raw ?? '')
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length > 0 && CONTEXT_SEGMENT.test(names[0])) names.shift();
  if (names.length > 0 && names[0] !== 'top') names.unshift('top');
  return names.length > 1 ? names.join('/') : undefined;
}

import type { TextFormat } from '@lms/contracts';

/**
 * The raw text of one GIFT question, as Moodle sees it: its lines trimmed and joined with "\n",
 * with every backslash escape located once, so that structure is searched only among characters
 * that were not escaped and text is decoded only at the end (Moodle's placeholders do the same).
 */
export interface GiftSource {
  readonly text: string;
  /** 1 where an escape pair starts, 2 on its second character, 0 on every other character. */
  readonly escapes: Uint8Array;
  /** The 1-based line of the file that the character at `offset` comes from. */
  lineAt(offset: number): number;
}

export interface SourceLine {
  line: number;
  text: string;
}

/** What each escape stands for (qformat_gift::escapedchar_pre/post); any other backslash is literal. */
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\', '~': '~', '=': '=', '#': '#', '{': '{', '}': '}', ':': ':', n: '\n' };

export const GIFT_FORMATS: readonly TextFormat[] = ['moodle', 'html', 'plain', 'markdown'];

export function isGiftFormat(name: string): name is TextFormat {
  return (GIFT_FORMATS as readonly string[]).includes(name);
}

export function toSource(lines: readonly SourceLine[]): GiftSource {
  const text = lines.map((l) => l.text).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  const escapes = new Uint8Array(text.length);
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '\\' && text[i + 1] in ESCAPED) {
      escapes[i] = 1;
      escapes[i + 1] = 2;
      i++;
    }
  }
  const lineAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]?.line ?? 1;
  };
  return { text, escapes, lineAt };
}

const isSpace = (ch: string | undefined) => ch !== undefined && ch.trim() === '';

/** The range without the whitespace at either end; whitespace is never part of an escape. */
export function trimRange(src: GiftSource, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(src.text[s])) s++;
  while (e > s && isSpace(src.text[e - 1])) e--;
  return [s, e];
}

function isMarkAt(src: GiftSource, mark: string, at: number): boolean {
  if (!src.text.startsWith(mark, at)) return false;
  for (let i = at; i < at + mark.length; i++) if (src.escapes[i] !== 0) return false;
  return true;
}

/** The first unescaped `mark` in [start, end), or -1. */
export function findMark(src: GiftSource, mark: string, start: number, end: number): number {
  for (let i = start; i + mark.length <= end; i++) if (isMarkAt(src, mark, i)) return i;
  return -1;
}

/** The last unescaped `mark` in [start, end), or -1 (Moodle finds general feedback with strrpos). */
export function findLastMark(src: GiftSource, mark: string, start: number, end: number): number {
  for (let i = end - mark.length; i >= start; i--) if (isMarkAt(src, mark, i)) return i;
  return -1;
}

/** Every unescaped character of `marks` in [start, end), in order. */
export function findMarks(src: GiftSource, marks: string, start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = start; i < end; i++) if (src.escapes[i] === 0 && marks.includes(src.text[i])) found.push(i);
  return found;
}

/** The text of [start, end) with its escapes decoded. */
export function decode(src: GiftSource, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    if (src.escapes[i] === 1 && i + 1 < end) {
      out += ESCAPED[src.text[i + 1]];
      i++;
    } else out += src.text[i];
  }
  return out;
}

/**
 * Moodle lets every piece of text (an answer, a feedback) start with its own [format]; the data
 * model keeps one format per question, so a part's tag is read and dropped. Unknown names are text,
 * as in Moodle.
 */
const PART_FORMAT = /^\[(moodle|html|plain|markdown)\]/;

/** A part's text: trimmed, its [format] tag dropped, decoded, trimmed again (`\n` decodes to whitespace). */
export function partText(src: GiftSource, start: number, end: number): string {
  let [s, e] = trimRange(src, start, end);
  const tag = PART_FORMAT.exec(src.text.slice(s, Math.min(e, s + 10)));
  if (tag) [s, e] = trimRange(src, s + tag[0].length, e);
  return decode(src, s, e).trim();
}

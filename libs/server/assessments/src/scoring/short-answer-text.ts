/**
 * How a short answer is compared with an accepted answer: both sides are normalised the same way,
 * then the accepted answer is read as a Moodle wildcard pattern (`*` any run of characters, `\*` a
 * literal star) and matched without regular expressions, so that an author's `*a*a*a*…` cannot
 * make matching take exponential time.
 */

// Invisible characters that Lao word-breaking tools and some keyboards insert; \s misses them.
const INVISIBLE = /[\u200B\u2060\uFEFF]/gu;
const WHITESPACE_RUN = /\s+/gu;
// Unicode puts a Lao tone mark after the vowel sign above or below; typing it first looks the same
// on screen but NFC does not reorder it, because most of those vowel signs have combining class 0.
const LAO_TONE_BEFORE_VOWEL = /([\u0EC8-\u0ECB]+)([\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0ECD]+)/gu;
// SIGN AM typed as NIGGAHITA + AA (with the tone in between or after) renders like U+0EB3.
const LAO_AM_DECOMPOSED = /\u0ECD([\u0EC8-\u0ECB]?)\u0EB2/gu;
const LAO_TONE_AFTER_AM = /\u0EB3([\u0EC8-\u0ECB])/gu;

function foldLao(text: string): string {
  return text.replace(LAO_TONE_BEFORE_VOWEL, '$2$1').replace(LAO_AM_DECOMPOSED, '$1\u0EB3').replace(LAO_TONE_AFTER_AM, '$1\u0EB3');
}

/** The form in which two short answers are compared. */
export function normaliseShortAnswer(text: string, caseSensitive = false): string {
  const folded = foldLao(text.replace(INVISIBLE, '').normalize('NFC')).replace(WHITESPACE_RUN, ' ').trim();
  return (caseSensitive ? folded : folded.toLowerCase()).normalize('NFC');
}

/** The literal pieces of a wildcard pattern; a `*` (or a run of them) stands between each two. */
export function wildcardSegments(pattern: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\' && pattern[i + 1] === '*') {
      current += '*';
      i++;
    } else if (char === '*') {
      segments.push(current);
      current = '';
    } else current += char;
  }
  segments.push(current);
  return segments;
}

/**
 * Glob matching: the first piece is a prefix, the last a suffix, and the ones between are found
 * left to right; taking each at its earliest place is always safe, since what follows a `*` may
 * start anywhere later.
 */
export function matchesSegments(segments: string[], text: string): boolean {
  if (segments.length === 1) return text === segments[0];
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let position = first.length;
  const end = text.length - last.length;
  for (const segment of segments.slice(1, -1)) {
    const found = text.indexOf(segment, position);
    if (found === -1 || found + segment.length > end) return false;
    position = found + segment.length;
  }
  return true;
}

/** Whether a learner's response matches one accepted answer. An empty response matches nothing. */
export function shortAnswerMatches(accepted: string, response: string, caseSensitive = false): boolean {
  const text = normaliseShortAnswer(response, caseSensitive);
  if (text === '') return false;
  return matchesSegments(wildcardSegments(normaliseShortAnswer(accepted, caseSensitive)), text);
}

/**
 * An accepted answer as a learner could type it to get its marks: `\*` becomes `*`, and a wildcard
 * stays a `*`, which it matches itself.
 */
export function typeableAnswer(accepted: string): string {
  return accepted.replace(INVISIBLE, '').replace(/\\\*/g, '*');
}

import { matchesSegments, normaliseShortAnswer, shortAnswerMatches, typeableAnswer, wildcardSegments } from './short-answer-text';

describe('short answer text', () => {
  it('trims, folds every kind of whitespace run to one space and lower-cases', () => {
    expect(normaliseShortAnswer('  New \t\n York\u00A0\u3000City  ')).toBe('new york city');
    expect(normaliseShortAnswer('New York', true)).toBe('New York');
  });

  it('reads * as a wildcard and \\* as a literal star', () => {
    expect(wildcardSegments('colo*r')).toEqual(['colo', 'r']);
    expect(wildcardSegments('**')).toEqual(['', '', '']);
    expect(wildcardSegments('5 \\* 3')).toEqual(['5 * 3']);
    expect(wildcardSegments('a\\b')).toEqual(['a\\b']);
  });

  it('matches wildcards as globs, with an empty run allowed', () => {
    expect(matchesSegments(['colo', 'r'], 'color')).toBe(true);
    expect(matchesSegments(['colo', 'r'], 'colour')).toBe(true);
    expect(matchesSegments(['colo', 'r'], 'colours')).toBe(false);
    expect(matchesSegments(['ab', 'ba'], 'aba')).toBe(false);
    expect(matchesSegments(['', 'a', 'a', ''], 'xaxa')).toBe(true);
    expect(matchesSegments(['', 'a', 'a', ''], 'xax')).toBe(false);
  });

  it('does not treat regular expression characters specially', () => {
    expect(shortAnswerMatches('a.b', 'axb')).toBe(false);
    expect(shortAnswerMatches('(x+y)^2', '(X+Y)^2')).toBe(true);
    expect(shortAnswerMatches('[a-z]', 'q')).toBe(false);
  });

  it('matches a long pattern of many wildcards quickly', () => {
    const pattern = '*a'.repeat(40) + '*b';
    const started = Date.now();
    expect(shortAnswerMatches(pattern, 'a'.repeat(1000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('matches nothing for an empty or blank response, not even *', () => {
    expect(shortAnswerMatches('*', '')).toBe(false);
    expect(shortAnswerMatches('*', ' \u200B ')).toBe(false);
    expect(shortAnswerMatches('*', 'anything')).toBe(true);
  });

  it('matches Lao typed with its marks in a different order', () => {
    // ກຸ່ມ: vowel sign U then tone mai ek, or the tone first (NFC reorders these two).
    expect(shortAnswerMatches('\u0E81\u0EB8\u0EC8\u0EA1', '\u0E81\u0EC8\u0EB8\u0EA1')).toBe(true);
    // ກິ່ນ: the vowel above has combining class 0, so NFC alone would not reorder the tone.
    expect(shortAnswerMatches('\u0E81\u0EB4\u0EC8\u0E99', '\u0E81\u0EC8\u0EB4\u0E99')).toBe(true);
    // ນ້ຳ: SIGN AM, or NIGGAHITA + AA with the tone before, between or after.
    const water = '\u0E99\u0EC9\u0EB3';
    for (const typed of ['\u0E99\u0EC9\u0ECD\u0EB2', '\u0E99\u0ECD\u0EC9\u0EB2', '\u0E99\u0EB3\u0EC9']) expect(shortAnswerMatches(water, typed)).toBe(true);
    // ສະບາຍດີ with a zero-width space from a word-breaking tool.
    expect(shortAnswerMatches('ສະບາຍດີ', 'ສະບາຍ\u200Bດີ')).toBe(true);
    // Different Lao words still differ.
    expect(shortAnswerMatches('\u0E81\u0EB4\u0EC8\u0E99', '\u0E81\u0EB5\u0EC8\u0E99')).toBe(false);
  });

  it('matches composed and decomposed Latin accents', () => {
    expect(shortAnswerMatches('caf\u00E9', 'cafe\u0301')).toBe(true);
    expect(shortAnswerMatches('CAF\u00C9', 'cafe\u0301')).toBe(true);
  });

  it('gives an accepted answer as a learner could type it', () => {
    expect(typeableAnswer('5 \\* 3')).toBe('5 * 3');
    expect(typeableAnswer('colo*r')).toBe('colo*r');
    expect(shortAnswerMatches('5 \\* 3', typeableAnswer('5 \\* 3'))).toBe(true);
    expect(shortAnswerMatches('colo*r', typeableAnswer('colo*r'))).toBe(true);
  });
});

/**
 * Lao is written without spaces between words, so PostgreSQL's parser would see a whole phrase as
 * one token. ICU's dictionary-based word breaker (Intl.Segmenter with "lo") splits it into words;
 * documents and queries are segmented the same way and joined with spaces before to_tsvector and
 * plainto_tsquery with the "simple" configuration. Latin text passes through the same breaker.
 */
const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });

export function segmentForSearch(text: string): string {
  const words: string[] = [];
  for (const part of segmenter.segment(text.normalize('NFC').toLowerCase())) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words.join(' ');
}

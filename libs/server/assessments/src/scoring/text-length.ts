/**
 * Whether a text has more than `limit` characters, counted as code points (as PostgreSQL counts
 * them), so that a limit means the same here and in a varchar column.
 */
export function longerThan(text: string, limit: number): boolean {
  // A string never has more code points than UTF-16 units, so most texts need no counting.
  if (text.length <= limit) return false;
  let count = 0;
  for (const _ of text) if (++count > limit) return true;
  return false;
}

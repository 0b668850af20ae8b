/** A JSON object (not an array, not null). */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A question's options, answers or pairs, keeping only objects. The validator lets only
 * well-formed parts through, but a stored question is JSON read back from the database, and the
 * scoring functions promise never to throw.
 */
export function partsOf<T>(parts: readonly T[] | undefined): T[] {
  return Array.isArray(parts) ? parts.filter((part): part is T => isRecord(part)) : [];
}

/** Like partsOf, but each part keeps its position, from which its id comes (optionId). */
export function indexedParts<T>(parts: readonly T[] | undefined): [number, T][] {
  return Array.isArray(parts) ? [...parts.entries()].filter((entry): entry is [number, T] => isRecord(entry[1])) : [];
}

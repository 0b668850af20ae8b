/**
 * Data 4.4: a UUID in standard string form (8-4-4-4-12 hex digits, either case). Version and variant
 * are not enforced: the spec only recommends variant 2, and its own example id
 * (12345678-1234-5678-1234-567812345678) is not variant 2.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}

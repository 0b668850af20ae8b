import { gzipSync, gunzipSync } from 'node:zlib';

/** The W3C Bitstring Status List's minimum size: 16 KiB of bits, so one list does not single anyone out. */
const MIN_BITS = 131_072;

/**
 * The `encodedList` of a Bitstring Status List (W3C, v1.0): bit i (counted from the most
 * significant bit of the first byte) is 1 when the credential at index i is revoked; the bits
 * are GZIP-compressed and written as multibase base64url (prefix "u").
 */
export function encodeStatusList(setIndexes: readonly number[]): string {
  const bits = Math.max(MIN_BITS, Math.ceil((Math.max(-1, ...setIndexes) + 1) / MIN_BITS) * MIN_BITS);
  const bytes = Buffer.alloc(bits / 8);
  for (const i of setIndexes) bytes[i >> 3] |= 0x80 >> (i & 7);
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** Reads bit `index` of an encoded list, as a verifier does. */
export function statusBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix "u")');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return ((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

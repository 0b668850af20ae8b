import { randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read off paper cannot be mistyped as another. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A short, unguessable verification code: 12 random characters (60 bits), printed in groups of
 * four, e.g. 7KQ2-MX9D-4HTA. With GET /verify throttled, guessing one is out of reach.
 */
export function newVerificationCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push(Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}

/** The code as people type it (any case, spaces or no hyphens, O for 0, I or L for 1) in its printed form, or null. */
export function normaliseVerificationCode(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== GROUPS * GROUP_LENGTH || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return chars.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

import { randomInt } from 'node:crypto';
import { VERIFICATION_CODE_ALPHABET as ALPHABET, VERIFICATION_CODE_GROUP_LENGTH, VERIFICATION_CODE_GROUPS } from '@lms/contracts';

export { normaliseVerificationCode } from '@lms/contracts';

/**
 * A short, unguessable verification code: 12 random characters (60 bits), printed in groups of
 * four, e.g. 7KQ2-MX9D-4HTA. With GET /verify throttled, guessing one is out of reach.
 */
export function newVerificationCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < VERIFICATION_CODE_GROUPS; g++) {
    groups.push(Array.from({ length: VERIFICATION_CODE_GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  }
  return groups.join('-');
}

import { normaliseVerificationCode } from '@lms/contracts';

export { normaliseVerificationCode };

/** Whether two codes are the same certificate's, however each was typed (the rule is the API's own, from the contracts). */
export function sameVerificationCode(a: string, b: string): boolean {
  const left = normaliseVerificationCode(a);
  return left !== null && left === normaliseVerificationCode(b);
}

import { isCommonPassword } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * NIST SP 800-63B rules: long enough, not a known-common password, not the user's own
 * identifiers. No composition rules: they make passwords harder to remember, not to guess.
 * Returns the problem, or null when the password is acceptable.
 */
export function passwordProblem(password: string, identifiers: (string | null | undefined)[] = []): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isCommonPassword(password)) return 'is too common; choose one that is not on breach lists';
  const lower = password.toLowerCase();
  for (const id of identifiers) {
    if (!id) continue;
    const local = id.toLowerCase().split('@')[0];
    if (local.length >= 4 && lower.includes(local)) return 'must not contain your email or employee id';
  }
  if (new Set(password).size < 3) return 'must use more than two different characters';
  return null;
}

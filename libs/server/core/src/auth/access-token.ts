import type { Locale, Role } from '@lms/contracts';

/** The claims of an access token. Kept small: it travels with every request. */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  org: string;
  locale: Locale;
  typ: 'access';
  /** The sign-in (refresh-token family) that issued it. */
  sid?: string;
  /**
   * Issued at, in seconds with the milliseconds as decimals (RFC 7519 NumericDates may be
   * fractional), so that a revocation cutoff can tell a token issued just before an account
   * change from one issued just after it, in the same second. jsonwebtoken stamps whole
   * seconds when it is left out.
   */
  iat?: number;
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

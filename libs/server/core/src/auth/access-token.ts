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
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

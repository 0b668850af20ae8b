import type { Locale, Role } from './roles';

export interface LoginRequest {
  login: string;
  password: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  orgUnitId: string;
  locale: Locale;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export interface LoginResponse extends TokenPair {
  user: SessionUser;
}

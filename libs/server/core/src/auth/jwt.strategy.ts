import { createSecretKey } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { LOCALES, ROLES } from '@lms/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ACCESS_TOKEN_ALGORITHM, type AccessTokenClaims } from './access-token';
import { AccessTokenRevocations } from './access-token-revocations';
import type { Actor } from './actor';

type VerifiedClaims = AccessTokenClaims & { sid: string; iat: number; exp: number };

/** Every claim Lane issues, well typed. jsonwebtoken checks exp only when it is there, so it is required here. */
function isComplete(claims: AccessTokenClaims & { iat?: unknown; exp?: unknown }): claims is VerifiedClaims {
  return (
    claims.typ === 'access' &&
    typeof claims.sub === 'string' &&
    typeof claims.org === 'string' &&
    typeof claims.sid === 'string' &&
    typeof claims.iat === 'number' &&
    typeof claims.exp === 'number' &&
    Array.isArray(claims.roles) &&
    claims.roles.every((r) => ROLES.includes(r))
  );
}

/**
 * Verifies bearer access tokens: HS256 only, with issuer, audience and expiry checked, every
 * claim present, and not revoked (AccessTokenRevocations: one Redis round trip).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly revocations: AccessTokenRevocations,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a public key
      // (which throws) on every verify, about 0.8 ms of CPU per request; the key object costs 30 µs.
      secretOrKey: createSecretKey(Buffer.from(config.jwt.accessSecret)) as unknown as string,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Actor | false> {
    if (!isComplete(claims)) return false;
    const revoked = await this.revocations.revocationOf({ sub: claims.sub, sid: claims.sid, iat: claims.iat });
    // AccessGuard logs the reason and answers the same 401 as for any other bad token.
    if (revoked) throw new UnauthorizedException(revoked);
    return {
      userId: claims.sub,
      roles: claims.roles,
      orgUnitId: claims.org,
      locale: LOCALES.includes(claims.locale) ? claims.locale : 'lo',
      sessionId: claims.sid,
    };
  }
}

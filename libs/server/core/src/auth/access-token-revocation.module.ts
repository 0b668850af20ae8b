import { Module } from '@nestjs/common';
import { AccessTokenRevocations } from './access-token-revocations';
import { RedisAccessTokenRevocations } from './redis-access-token-revocations';

/**
 * The access-token revocation list, in Redis: read by JwtStrategy, written by the identity
 * services that end sign-ins. Apart from AccessTokenModule so that tools that only mint tokens
 * need no Redis.
 */
@Module({
  providers: [{ provide: AccessTokenRevocations, useClass: RedisAccessTokenRevocations }],
  exports: [AccessTokenRevocations],
})
export class AccessTokenRevocationModule {}

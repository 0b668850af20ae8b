import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access.guard';
import { AccessPolicyAudit } from './access-policy-audit';
import { AccessTokenRevocationModule } from './access-token-revocation.module';
import { AccessTokenModule } from './access-token.module';
import { JwtStrategy } from './jwt.strategy';

/** Bearer-token authentication, the global access guard and the boot-time policy audit: HTTP app only. */
@Module({
  imports: [DiscoveryModule, PassportModule, AccessTokenModule, AccessTokenRevocationModule],
  providers: [JwtStrategy, AccessPolicyAudit, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthCoreModule {}

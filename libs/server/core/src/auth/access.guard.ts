import { ForbiddenException, Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { SecurityLog } from '../logging/security-log';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy';
import type { Actor } from './actor';

/**
 * The global guard. It reads the handler's AccessPolicy, authenticates the bearer token with
 * passport-jwt unless the handler is public, then checks roles. A handler without a policy is
 * refused here as well as at boot.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly securityLog: SecurityLog,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.securityLog.denied(context, 'handler has no access policy');
      throw new ForbiddenException('This endpoint has no access policy');
    }
    if (policy.kind === 'public') return true;
    await super.canActivate(context);
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    if (policy.kind === 'roles' && !policy.roles.some((r) => actor.roles.includes(r))) {
      this.securityLog.denied(context, `requires one of: ${policy.roles.join(', ')}`);
      throw new ForbiddenException('You do not have a role that may do this');
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown, context: ExecutionContext): T {
    if (err || !user) {
      const reason = info instanceof Error ? info.message : err instanceof Error ? err.message : 'no valid token';
      this.securityLog.authenticationFailed(context, reason);
      throw new UnauthorizedException('Sign in to continue: the access token is missing, invalid or expired');
    }
    return user;
  }
}

import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { PINO_LOGGER } from './logger';

interface RequestLike {
  id?: string;
  ip?: string;
  method?: string;
  url?: string;
  user?: { userId?: string };
}

/**
 * Authentication and authorisation failures, as structured events an operator can alert on.
 * Never logs passwords or tokens.
 */
@Injectable()
export class SecurityLog {
  constructor(@Inject(PINO_LOGGER) private readonly logger: Logger) {}

  authenticationFailed(context: ExecutionContext | RequestLike, reason: string, extra: Record<string, unknown> = {}) {
    this.logger.warn({ event: 'auth.failed', reason, ...this.describe(context), ...extra }, 'authentication failed');
  }

  denied(context: ExecutionContext | RequestLike, reason: string, extra: Record<string, unknown> = {}) {
    this.logger.warn({ event: 'authz.denied', reason, ...this.describe(context), ...extra }, 'authorisation denied');
  }

  private describe(context: ExecutionContext | RequestLike) {
    const req: RequestLike =
      'switchToHttp' in context ? context.switchToHttp().getRequest<RequestLike>() : (context as RequestLike);
    return { reqId: req.id, ip: req.ip, method: req.method, url: req.url, userId: req.user?.userId };
  }
}

import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { XapiRequest } from './xapi-guard';

/**
 * A HEAD in the alternate syntax (a POST with ?method=HEAD) answers as HEAD does: the GET's
 * status and headers, no body. Fastify drops a real HEAD's body itself; this one arrives as a
 * POST, so its body is dropped here. Runs after XapiGuard, which reads the method the POST stands for.
 */
@Injectable()
export class AlternateHeadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<XapiRequest>();
    if (request.method !== 'POST' || request.xapiMethod !== 'HEAD') return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map(() => {
        void reply.removeHeader('content-type');
        return '';
      }),
    );
  }
}

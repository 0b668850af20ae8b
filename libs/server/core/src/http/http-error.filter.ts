import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { PINO_LOGGER } from '../logging/logger';
import { toApiError } from './to-api-error';

/** Answers every error in the contract's shape; anything unexpected is a 500 and is logged. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(PINO_LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const error = toApiError(exception);
    if (error.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: request.id, url: request.url }, 'unhandled error');
    }
    if (error.statusCode === 429 && typeof error.retryAfter === 'number') void reply.header('retry-after', String(error.retryAfter));
    void reply.status(error.statusCode).send(error);
  }
}

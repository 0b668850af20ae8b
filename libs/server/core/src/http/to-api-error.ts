import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { ApiError } from '@lms/contracts';
import { ApiException } from './api-exception';

export interface ErrorBody extends ApiError {
  [extra: string]: unknown;
}

function body(statusCode: number, message: string, details: unknown[] = []): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, details };
}

/** Maps anything thrown while serving a request to the contract's one error shape. */
export function toApiError(exception: unknown): ErrorBody {
  if (exception instanceof ApiException) {
    return { ...body(exception.getStatus(), exception.message, exception.details), ...exception.extraBody };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return body(status, response);
    const r = response as { message?: unknown; details?: unknown[] };
    const message = Array.isArray(r.message) ? r.message.join('; ') : typeof r.message === 'string' ? r.message : exception.message;
    return body(status, message, Array.isArray(r.details) ? r.details : Array.isArray(r.message) ? r.message : []);
  }
  // Errors raised by Fastify itself before a handler runs: bad JSON, too large, wrong media type.
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const message =
      fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? `The request body is not valid JSON: ${fastifyError.message}`
        : (fastifyError.message ?? 'Bad request');
    return body(fastifyError.statusCode, message, fastifyError.code ? [{ code: fastifyError.code }] : []);
  }
  return body(500, 'Internal Server Error');
}

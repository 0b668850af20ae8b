import { ApiError } from './api-client';

/** The stable code of an API error (sent as details[0].code), if any. */
export function errorCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  for (const detail of error.details) {
    if (detail && typeof detail === 'object' && typeof (detail as { code?: unknown }).code === 'string') return (detail as { code: string }).code;
  }
  return undefined;
}

import { ApiError } from './api-client';
import type { TFunction } from './i18n';

/** A translated sentence for an error with no more specific handling. */
export function genericErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.isNetworkError) return t('errors.network');
  return t('errors.generic');
}

/** A 404, or a 400 for an id that is no UUID (a mistyped or truncated link): nothing to show either way. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.statusCode === 404 || error.statusCode === 400);
}

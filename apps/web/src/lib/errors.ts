import { ApiError } from './api-client';
import type { TFunction } from './i18n';

/** A translated sentence for an error with no more specific handling. */
export function genericErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.isNetworkError) return t('errors.network');
  return t('errors.generic');
}

import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import type { MessageKey, TFunction } from '../../../lib/i18n';

/**
 * What to tell an author whose change the server refused: the screen's own words for the statuses
 * it expects (`byStatus`), "check the fields" for a 400 the form did not foresee, else the app's
 * generic message (no network, server trouble).
 */
export function writeErrorMessage(t: TFunction, error: unknown, byStatus: Partial<Record<number, MessageKey>> = {}): string {
  const status = error instanceof ApiError ? error.statusCode : undefined;
  const own = status === undefined ? undefined : byStatus[status];
  if (own) return t(own);
  return status === 400 ? t('staff.form.invalid') : genericErrorMessage(t, error);
}

import { ApiError } from '../../../lib/api-client';
import { errorCode } from '../../../lib/error-code';

export type StartRefusal =
  | { kind: 'limit' }
  | { kind: 'not-enrolled' }
  | { kind: 'modules-incomplete'; missing: string[] }
  | { kind: 'not-ready' }
  | { kind: 'not-found' }
  | { kind: 'network' }
  /** A 409 with no code this app knows. */
  | { kind: 'conflict' }
  | { kind: 'other' };

/** Why an attempt could not start, from POST /quizzes/:id/attempts (or why the quiz cannot be shown). */
export function startRefusal(error: unknown): StartRefusal {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  if (error.isNetworkError) return { kind: 'network' };
  const code = errorCode(error);
  if (error.statusCode === 404) return { kind: 'not-found' };
  if (code === 'assessments.attempt-limit') return { kind: 'limit' };
  if (code === 'assessments.not-enrolled') return { kind: 'not-enrolled' };
  if (code === 'assessments.quiz-not-ready') return { kind: 'not-ready' };
  if (code === 'assessments.modules-incomplete' || (error.statusCode === 409 && !code && error.details.length > 0)) {
    const missing = error.details.flatMap((detail) => {
      const title = detail && typeof detail === 'object' ? (detail as { title?: unknown }).title : undefined;
      return typeof title === 'string' && title ? [title] : [];
    });
    return { kind: 'modules-incomplete', missing };
  }
  return { kind: error.statusCode === 409 ? 'conflict' : 'other' };
}

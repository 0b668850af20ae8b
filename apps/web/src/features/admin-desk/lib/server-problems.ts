import { ApiError } from '../../../lib/api-client';

/** The stable code a refusal carries in details[0].code (`org.code-taken`, `system.job-not-failed`…). */
export function errorCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const first = error.details[0];
  return first && typeof first === 'object' && 'code' in first && typeof first.code === 'string' ? first.code : undefined;
}

/** The fields a 400 names in its details (`[{"field": "name.lo", "messages": […]}]`). */
export function refusedFields(error: unknown): Set<string> {
  const fields = new Set<string>();
  if (!(error instanceof ApiError) || error.statusCode !== 400) return fields;
  for (const detail of error.details) {
    if (detail && typeof detail === 'object' && 'field' in detail && typeof detail.field === 'string') fields.add(detail.field);
  }
  return fields;
}

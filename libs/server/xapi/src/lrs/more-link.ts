import { isJsonObject } from '../statements/problems';

/**
 * The `more` IRL of a statement result (Communication §2.1.3, StatementResult): the query's own
 * parameters and the last statement's place, in the link itself, so any API instance can answer it
 * and nothing is kept per query. It can only narrow what the client may read anyway.
 */
export function moreLink(params: Record<string, unknown>, after: number): string {
  const token = Buffer.from(JSON.stringify({ p: params, a: after }), 'utf8').toString('base64url');
  return `/xapi/statements?more=${token}`;
}

/** The query a `more` token continues, or null when it is not one this LRS gave out. */
export function readMore(token: string): { params: Record<string, unknown>; after: number } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!isJsonObject(value) || !isJsonObject(value.p) || !Number.isSafeInteger(value.a)) return null;
    return { params: value.p, after: value.a as number };
  } catch {
    return null;
  }
}

import { CONTEXT_ACTIVITY_KINDS } from './result-context';
import { isJsonObject, type JsonObject } from './problems';

/** What the LRS itself decides about a statement it accepts. */
export type StorageFields = {
  /** Used only when the statement came without an id (Data 2.4.1.s2.b1). */
  id: string;
  /** When it was stored; always overwrites what was sent (Data 2.4.8.s3.b2). */
  stored: string;
  /** Who asserts it, from the credentials used (Data 2.4.9.s3.b3, b4). */
  authority: JsonObject;
};

/** The LRS returns every context activity value as an array (Data 2.4.6.2.s4.b3, b4). */
function withContextActivityArrays(context: unknown): void {
  if (!isJsonObject(context) || !isJsonObject(context.contextActivities)) return;
  const activities = context.contextActivities;
  for (const kind of CONTEXT_ACTIVITY_KINDS) {
    if (activities[kind] !== undefined && !Array.isArray(activities[kind])) activities[kind] = [activities[kind]];
  }
}

/**
 * A valid statement as the LRS stores and returns it: a copy with id (when missing), stored,
 * authority, version ("1.0.0" when absent, Data 2.4.10.s3.b3) and timestamp (stored's value when
 * absent, Data 2.4.7.s3.b2) filled in, and context activities as arrays, in the statement and in a
 * SubStatement object. Nothing else changes, since statements are immutable (Data 2.3.1).
 */
export function statementForStorage(statement: JsonObject, fields: StorageFields): JsonObject {
  const stored = structuredClone(statement);
  stored.id ??= fields.id;
  stored.stored = fields.stored;
  stored.authority = structuredClone(fields.authority);
  stored.version ??= '1.0.0';
  stored.timestamp ??= fields.stored;
  withContextActivityArrays(stored.context);
  if (isJsonObject(stored.object) && stored.object.objectType === 'SubStatement') withContextActivityArrays(stored.object.context);
  return stored;
}

import { validateStatement } from '../validate-statement';
import type { JsonObject } from '../problems';

export const AGENT = { mbox: 'mailto:learner@example.com' };
export const VERB = { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } };
export const ACTIVITY = { id: 'http://example.com/activities/quiz-1' };
export const UUID = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
export const ANONYMOUS_GROUP = { objectType: 'Group', member: [{ mbox: 'mailto:a@example.com' }, { openid: 'http://openid.example.org/b' }] };

/** A minimal valid statement with `overrides` laid over it. */
export function statement(overrides: JsonObject = {}): JsonObject {
  return { actor: AGENT, verb: VERB, object: ACTIVITY, ...overrides };
}

/** A minimal valid SubStatement with `overrides` laid over it. */
export function subStatement(overrides: JsonObject = {}): JsonObject {
  return { objectType: 'SubStatement', actor: AGENT, verb: VERB, object: ACTIVITY, ...overrides };
}

/** A statement whose object is an Activity with this definition. */
export function withDefinition(definition: unknown): JsonObject {
  return statement({ object: { ...ACTIVITY, definition } });
}

/** A statement whose context is this. */
export function withContext(context: unknown, object: unknown = ACTIVITY): JsonObject {
  return statement({ context, object });
}

/** A statement whose result is this. */
export function withResult(result: unknown): JsonObject {
  return statement({ result });
}

/** The paths of every problem found, so tests can say where a statement breaks the spec. */
export function problemPaths(input: unknown, options?: { subStatement?: boolean }): string[] {
  return validateStatement(input, options).map((found) => found.path);
}

/** Every place a statement holds an Agent, as [name, statement holding `agent` there]. */
export const AGENT_PLACES: [string, (agent: unknown) => JsonObject, string][] = [
  ['actor', (agent) => statement({ actor: agent }), 'actor'],
  ['authority', (agent) => statement({ authority: agent }), 'authority'],
  ['context.instructor', (agent) => withContext({ instructor: agent }), 'context.instructor'],
  ['object', (agent) => statement({ object: { objectType: 'Agent', ...(agent as JsonObject) } }), 'object'],
  ['SubStatement actor', (agent) => statement({ object: subStatement({ actor: agent }) }), 'object.actor'],
  ['SubStatement context.instructor', (agent) => statement({ object: subStatement({ context: { instructor: agent } }) }), 'object.context.instructor'],
];

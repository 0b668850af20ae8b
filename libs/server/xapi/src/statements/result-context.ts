import { validateActivity } from './activity';
import { validateActor, validateTeam } from './agents';
import { validateExtensions } from './extensions';
import { isIsoDuration } from './iso8601';
import { isLanguageTag } from './language';
import { at, expectBoolean, expectFormatted, expectNumber, expectString, has, isJsonObject, problem, property, unknownProperties, type JsonObject, type StatementProblem } from './problems';
import { validateStatementRef } from './statement-ref';
import { isUuid } from './uuid';

const RESULT_PROPERTIES = ['score', 'success', 'completion', 'response', 'duration', 'extensions'];
const SCORE_PROPERTIES = ['scaled', 'raw', 'min', 'max'];
const CONTEXT_PROPERTIES = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'];
/** Data 2.4.6.2.s4.b1: the four kinds of context activity. */
export const CONTEXT_ACTIVITY_KINDS = ['parent', 'grouping', 'category', 'other'] as const;

/** Data 2.4.5.1.s2: scaled within [-1, 1], min below max, raw between them (inclusive). */
function validateScore(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a score object')];
  const problems = [
    ...unknownProperties(value, SCORE_PROPERTIES, path),
    ...SCORE_PROPERTIES.flatMap((key) => property(value, key, path, expectNumber)),
  ];
  const number = (key: string) => (typeof value[key] === 'number' ? (value[key] as number) : undefined);
  const [scaled, raw, min, max] = SCORE_PROPERTIES.map(number);
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) problems.push(problem(at(path, 'scaled'), 'must be between -1 and 1 inclusive'));
  if (min !== undefined && max !== undefined && min >= max) problems.push(problem(at(path, 'min'), 'must be less than max'));
  if (raw !== undefined && min !== undefined && raw < min) problems.push(problem(at(path, 'raw'), 'must not be less than min'));
  if (raw !== undefined && max !== undefined && raw > max) problems.push(problem(at(path, 'raw'), 'must not be greater than max'));
  return problems;
}

/** Data 2.4.5: the Result object. */
export function validateResult(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a Result object')];
  return [
    ...unknownProperties(value, RESULT_PROPERTIES, path),
    ...property(value, 'score', path, validateScore),
    ...property(value, 'success', path, expectBoolean),
    ...property(value, 'completion', path, expectBoolean),
    ...property(value, 'response', path, expectString),
    ...property(value, 'duration', path, expectFormatted(isIsoDuration, 'an ISO 8601 duration')),
    ...property(value, 'extensions', path, validateExtensions),
  ];
}

/** Data 2.4.6.2.s4: each value is one Activity or an array of them; at least one kind is given (as the ADL suite requires). */
function validateContextActivities(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a contextActivities object')];
  if (Object.keys(value).length === 0) return [problem(path, `must hold at least one of ${CONTEXT_ACTIVITY_KINDS.join(', ')}`)];
  return [
    ...unknownProperties(value, CONTEXT_ACTIVITY_KINDS, path),
    ...CONTEXT_ACTIVITY_KINDS.flatMap((kind) =>
      property(value, kind, path, (activities, kindPath) =>
        Array.isArray(activities)
          ? activities.flatMap((activity, index) => validateActivity(activity, `${kindPath}[${index}]`))
          : validateActivity(activities, kindPath),
      ),
    ),
  ];
}

/**
 * Data 2.4.6: the Context object. `objectIsActivity` says whether the statement's object is an
 * Activity, since revision and platform MUST only be used then (Data 2.4.6.s4.b1, b2).
 */
export function validateContext(value: unknown, path: string, objectIsActivity: boolean): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a Context object')];
  return [
    ...unknownProperties(value, CONTEXT_PROPERTIES, path),
    ...property(value, 'registration', path, expectFormatted(isUuid, 'a UUID')),
    ...property(value, 'instructor', path, validateActor),
    ...property(value, 'team', path, validateTeam),
    ...property(value, 'contextActivities', path, validateContextActivities),
    ...property(value, 'revision', path, expectString),
    ...property(value, 'platform', path, expectString),
    ...activityOnly(value, path, objectIsActivity),
    ...property(value, 'language', path, expectFormatted(isLanguageTag, 'an RFC 5646 language tag')),
    ...property(value, 'statement', path, validateStatementRef),
    ...property(value, 'extensions', path, validateExtensions),
  ];
}

function activityOnly(context: JsonObject, path: string, objectIsActivity: boolean): StatementProblem[] {
  if (objectIsActivity) return [];
  return ['revision', 'platform']
    .filter((key) => has(context, key))
    .map((key) => problem(at(path, key), 'MUST only be used when the statement\'s object is an Activity'));
}

import { validateActivity } from './activity';
import { looksLikeActor, validateActor, validateAuthority } from './agents';
import { validateAttachments } from './attachments';
import { isIri } from './iri';
import { isIsoTimestamp } from './iso8601';
import { validateLanguageMap } from './language';
import { at, expectFormatted, has, isJsonObject, problem, property, unknownProperties, type JsonObject, type StatementProblem } from './problems';
import { validateContext, validateResult } from './result-context';
import { validateStatementRef } from './statement-ref';
import { isUuid } from './uuid';

export type { StatementProblem } from './problems';

/** Data 2.3.2: the one verb the spec reserves. */
export const VOIDED_VERB_ID = 'http://adlnet.gov/expapi/verbs/voided';

const STATEMENT_PROPERTIES = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const SUBSTATEMENT_PROPERTIES = ['objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];
/** Data 2.4.4.3.s8.b3: what only the LRS sets on a real statement, so a SubStatement cannot carry it. */
const NOT_IN_SUBSTATEMENT = ['id', 'stored', 'version', 'authority'];
const VERB_PROPERTIES = ['id', 'display'];
const OBJECT_TYPES = ['Activity', 'Agent', 'Group', 'StatementRef', 'SubStatement'];

const expectTimestamp = expectFormatted(isIsoTimestamp, 'an ISO 8601 timestamp with a time zone offset or Z');

/** Data 2.4.3: {id: IRI, display?: language map}. */
function validateVerb(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a Verb object')];
  return [
    ...unknownProperties(value, VERB_PROPERTIES, path),
    ...property(value, 'id', path, expectFormatted(isIri, 'an IRI'), true),
    ...property(value, 'display', path, validateLanguageMap),
  ];
}

/** Data 2.4.10: "1.0" or "1.0.x" (Semantic Versioning 1.0.0, pre-release allowed); anything else is refused. */
function validateVersion(value: unknown, path: string): StatementProblem[] {
  return expectFormatted((version) => /^1\.0(?:\.\d+(?:-[0-9A-Za-z-]+)?)?$/.test(version), 'a 1.0.x version')(value, path);
}

/** Data 2.4.4.s2: objectType defaults to Activity; the other kinds must say what they are. */
function validateObject(value: unknown, path: string, inSubStatement: boolean): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, `must be an object of type ${OBJECT_TYPES.join(', ')}`)];
  switch (value.objectType) {
    case undefined:
      return looksLikeActor(value)
        ? [problem(at(path, 'objectType'), 'is required when the object is an Agent or Group')]
        : validateActivity(value, path);
    case 'Activity':
      return validateActivity(value, path);
    case 'Agent':
    case 'Group':
      return validateActor(value, path);
    case 'StatementRef':
      return validateStatementRef(value, path);
    case 'SubStatement':
      return inSubStatement ? [problem(path, 'a SubStatement MUST NOT contain a SubStatement')] : validateSubStatement(value, path);
    default:
      return [problem(at(path, 'objectType'), `must be one of ${OBJECT_TYPES.join(', ')}`)];
  }
}

function isActivity(object: unknown): boolean {
  return isJsonObject(object) && (object.objectType === undefined || object.objectType === 'Activity');
}

/** Data 2.3.2.s2.b1, b2: a voiding statement's object is a StatementRef to the voided statement. */
function validateVoiding(statement: JsonObject, path: string): StatementProblem[] {
  const verb = statement.verb;
  const object = statement.object;
  if (!isJsonObject(verb) || verb.id !== VOIDED_VERB_ID || !has(statement, 'object')) return [];
  return isJsonObject(object) && object.objectType === 'StatementRef'
    ? []
    : [problem(at(path, 'object'), 'a voiding statement MUST have a StatementRef object')];
}

/** What a Statement and a SubStatement share (Data 2.2.s2.b3, 2.4.4.3.s8.b2). */
function validateBody(statement: JsonObject, path: string, inSubStatement: boolean): StatementProblem[] {
  return [
    ...property(statement, 'actor', path, validateActor, true),
    ...property(statement, 'verb', path, validateVerb, true),
    ...property(statement, 'object', path, (object, objectPath) => validateObject(object, objectPath, inSubStatement), true),
    ...validateVoiding(statement, path),
    ...property(statement, 'result', path, validateResult),
    ...property(statement, 'context', path, (context, contextPath) => validateContext(context, contextPath, isActivity(statement.object))),
    ...property(statement, 'timestamp', path, expectTimestamp),
    ...property(statement, 'attachments', path, validateAttachments),
  ];
}

/** Data 2.4.4.3.s8: a SubStatement is validated as a Statement, minus what only the LRS sets. */
function validateSubStatement(value: JsonObject, path: string): StatementProblem[] {
  return [
    ...unknownProperties(value, [...SUBSTATEMENT_PROPERTIES, ...NOT_IN_SUBSTATEMENT], path),
    ...NOT_IN_SUBSTATEMENT.filter((key) => has(value, key)).map((key) =>
      problem(at(path, key), `a SubStatement MUST NOT have "${key}"`),
    ),
    ...property(value, 'objectType', path, (objectType, objectTypePath) =>
      objectType === 'SubStatement' ? [] : [problem(objectTypePath, 'must be "SubStatement"')], true),
    ...validateBody(value, path, true),
  ];
}

/**
 * Every MUST of xAPI 1.0.3 Part Two that can be checked on a statement alone; [] when it is valid.
 * With `subStatement`, `input` is checked as the object of another statement would be.
 */
export function validateStatement(input: unknown, options: { subStatement?: boolean } = {}): StatementProblem[] {
  if (!isJsonObject(input)) return [problem('', 'must be a statement object')];
  if (options.subStatement) return validateSubStatement(input, '');
  return [
    ...unknownProperties(input, STATEMENT_PROPERTIES, ''),
    ...property(input, 'id', '', expectFormatted(isUuid, 'a UUID')),
    ...validateBody(input, '', false),
    ...property(input, 'stored', '', expectTimestamp),
    ...property(input, 'authority', '', validateAuthority),
    ...property(input, 'version', '', validateVersion),
  ];
}

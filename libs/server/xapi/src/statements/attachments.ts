import { isIri, isIrl } from './iri';
import { validateLanguageMap } from './language';
import { expectArrayOf, expectFormatted, isJsonObject, problem, property, unknownProperties, type StatementProblem } from './problems';

const ATTACHMENT_PROPERTIES = ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl'];

/** RFC 2046 "type/subtype" with optional parameters, e.g. "text/plain; charset=ascii". */
const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(?:\s*;\s*[A-Za-z0-9!#$&^_.+-]+=(?:[A-Za-z0-9!#$&^_.+-]+|"[^"]*"))*\s*$/;

/** The hex digest of a SHA-224, -256, -384 or -512 hash. */
const SHA2 = /^(?:[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;

function expectLength(value: unknown, path: string): StatementProblem[] {
  return Number.isInteger(value) && (value as number) >= 0 ? [] : [problem(path, 'must be a non-negative integer (octets)')];
}

/** Data 2.4.11.s2: one Attachment header. */
function validateAttachment(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an Attachment object')];
  return [
    ...unknownProperties(value, ATTACHMENT_PROPERTIES, path),
    ...property(value, 'usageType', path, expectFormatted(isIri, 'an IRI'), true),
    ...property(value, 'display', path, validateLanguageMap, true),
    ...property(value, 'description', path, validateLanguageMap),
    ...property(value, 'contentType', path, expectFormatted((type) => MEDIA_TYPE.test(type), 'an Internet Media Type'), true),
    ...property(value, 'length', path, expectLength, true),
    ...property(value, 'sha2', path, expectFormatted((hash) => SHA2.test(hash), 'a hex-encoded SHA-2 hash'), true),
    ...property(value, 'fileUrl', path, expectFormatted(isIrl, 'an IRL')),
  ];
}

/** Data 2.4.s1.table1.row11: an ordered array of Attachment objects. */
export const validateAttachments = expectArrayOf(validateAttachment);

import { isIri, isIrl, isMailtoIri } from './iri';
import { at, expectArrayOf, expectFormatted, expectString, has, isJsonObject, problem, property, unknownProperties, type JsonObject, type StatementProblem } from './problems';

/** Data 2.4.2.3: the four Inverse Functional Identifiers. */
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const AGENT_PROPERTIES = ['objectType', 'name', ...IFIS];
const GROUP_PROPERTIES = ['objectType', 'name', 'member', ...IFIS];
const ACCOUNT_PROPERTIES = ['homePage', 'name'];

function presentIfis(value: JsonObject): string[] {
  return IFIS.filter((ifi) => has(value, ifi));
}

/** Whether an object without objectType carries what only Agents and Groups have (an IFI or members). */
export function looksLikeActor(value: JsonObject): boolean {
  return presentIfis(value).length > 0 || has(value, 'member');
}

/** Data 2.4.2.4: both homePage (an IRL) and name (a string) are required. */
function validateAccount(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an account object')];
  return [
    ...unknownProperties(value, ACCOUNT_PROPERTIES, path),
    ...property(value, 'homePage', path, expectFormatted(isIrl, 'an IRL'), true),
    ...property(value, 'name', path, expectString, true),
  ];
}

/** Data 2.4.2.3.s3.table1: the form each IFI must take. */
function validateIfiFormats(value: JsonObject, path: string): StatementProblem[] {
  return [
    ...property(value, 'mbox', path, expectFormatted(isMailtoIri, 'a mailto IRI ("mailto:" and an email address)')),
    ...property(value, 'mbox_sha1sum', path, expectFormatted((sum) => /^[0-9a-f]{40}$/i.test(sum), 'a hex-encoded SHA-1 hash (40 hex digits)')),
    ...property(value, 'openid', path, expectFormatted(isIri, 'a URI')),
    ...property(value, 'account', path, validateAccount),
  ];
}

function validateObjectType(value: JsonObject, path: string): StatementProblem[] {
  return property(value, 'objectType', path, (objectType, objectTypePath) =>
    objectType === 'Agent' || objectType === 'Group' ? [] : [problem(objectTypePath, 'must be "Agent" or "Group"')],
  );
}

/** Data 2.4.2.1: an Agent carries exactly one IFI; its objectType, when given, is "Agent". */
function validateAgentObject(value: JsonObject, path: string): StatementProblem[] {
  const ifis = presentIfis(value);
  return [
    ...unknownProperties(value, AGENT_PROPERTIES, path),
    ...validateObjectType(value, path),
    ...property(value, 'name', path, expectString),
    ...(ifis.length === 0 ? [problem(path, 'an Agent MUST be identified by one of mbox, mbox_sha1sum, openid or account')] : []),
    ...(ifis.length > 1 ? [problem(path, `an Agent MUST NOT include more than one IFI (has ${ifis.join(', ')})`)] : []),
    ...validateIfiFormats(value, path),
  ];
}

/** Data 2.4.2.2.s4.b2, s5.b2: members are Agents, never Groups. */
function validateMember(value: unknown, path: string): StatementProblem[] {
  if (isJsonObject(value) && value.objectType === 'Group') return [problem(path, 'a Group MUST NOT contain Group Objects in "member"')];
  return validateActor(value, path);
}

/** Data 2.4.2.2: an Identified Group has exactly one IFI; an Anonymous Group has none and lists its members. */
function validateGroupObject(value: JsonObject, path: string): StatementProblem[] {
  const ifis = presentIfis(value);
  const anonymous = ifis.length === 0;
  const members = value.member;
  return [
    ...unknownProperties(value, GROUP_PROPERTIES, path),
    ...property(value, 'name', path, expectString),
    ...(ifis.length > 1 ? [problem(path, `an Identified Group MUST include exactly one IFI (has ${ifis.join(', ')})`)] : []),
    ...(anonymous && !has(value, 'member') ? [problem(at(path, 'member'), 'an Anonymous Group MUST include "member"')] : []),
    ...(anonymous && Array.isArray(members) && members.length === 0
      ? [problem(at(path, 'member'), 'an Anonymous Group MUST list its constituent Agents')]
      : []),
    ...property(value, 'member', path, expectArrayOf(validateMember)),
    ...validateIfiFormats(value, path),
  ];
}

/** An Agent or a Group, as actor, instructor or a statement's object may be (Data 2.4.2). */
export function validateActor(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be an Agent or Group object')];
  if (value.objectType === 'Group') return validateGroupObject(value, path);
  return validateAgentObject(value, path);
}

/** Data 2.4.6.s3.table1.row3: a context's team is a Group. */
export function validateTeam(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value) || value.objectType !== 'Group') return [problem(path, 'must be a Group (objectType "Group")')];
  return validateGroupObject(value, path);
}

/**
 * Data 2.4.9.s3.b1: an Agent, or (3-legged OAuth) a Group of exactly two Agents, the OAuth consumer
 * and the user. Such a Group identifies nothing on its own, so an Identified Group is refused.
 */
export function validateAuthority(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value) || value.objectType !== 'Group') return validateActor(value, path);
  const members = value.member;
  return [
    ...validateGroupObject(value, path),
    ...(presentIfis(value).length > 0 ? [problem(path, 'an authority Group MUST be an Anonymous Group of two Agents')] : []),
    ...(Array.isArray(members) && members.length !== 2
      ? [problem(at(path, 'member'), 'an authority Group MUST have exactly two Agents (OAuth consumer and user)')]
      : []),
  ];
}

/**
 * The `agent` of the State, Agent Profile and Agents resources and of statement queries: an Agent or
 * an Identified Group, since documents and filters need something an IFI identifies (an Anonymous
 * Group is distinct even from one with the same members, Data 2.4.2.2.s3.b1).
 */
export function validateAgent(input: unknown, path = 'agent'): StatementProblem[] {
  const problems = validateActor(input, path);
  if (isJsonObject(input) && input.objectType === 'Group' && presentIfis(input).length === 0) {
    return [...problems, problem(path, 'must be an Agent or an Identified Group (with one IFI)')];
  }
  return problems;
}

/** The domain of an email address is case insensitive (Data 2.3.1.b7), its local part is not. */
function lowercaseDomain(mbox: string): string {
  const sign = mbox.lastIndexOf('@');
  return sign < 0 ? mbox : mbox.slice(0, sign) + mbox.slice(sign).toLowerCase();
}

/**
 * The single IFI of a valid Agent or Identified Group as one string, for indexing:
 * "mbox:mailto:a@b.la", "mbox_sha1sum:<hex>", "openid:<uri>" or "account:<homePage>|<name>"
 * ("|" cannot occur in an IRI, so the two parts cannot be confused). Undefined when the value does
 * not have exactly one IFI, as an Anonymous Group has none.
 */
export function canonicalAgentKey(agent: unknown): string | undefined {
  if (!isJsonObject(agent)) return undefined;
  const ifis = presentIfis(agent);
  if (ifis.length !== 1) return undefined;
  const account = agent.account;
  switch (ifis[0]) {
    case 'mbox':
      return `mbox:${lowercaseDomain(String(agent.mbox))}`;
    case 'mbox_sha1sum':
      return `mbox_sha1sum:${String(agent.mbox_sha1sum).toLowerCase()}`;
    case 'openid':
      return `openid:${String(agent.openid)}`;
    default:
      return isJsonObject(account) ? `account:${String(account.homePage)}|${String(account.name)}` : undefined;
  }
}

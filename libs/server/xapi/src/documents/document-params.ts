import { validateActivityId } from '../statements/activity';
import { canonicalAgentKey, validateActor } from '../statements/agents';
import { isIsoTimestamp } from '../statements/iso8601';
import { isJsonObject, problem, type StatementProblem } from '../statements/problems';
import { isUuid } from '../statements/uuid';

/** The three Document Resources (Communication §2.2): State, Activity Profile and Agent Profile. */
export type DocumentResource = 'state' | 'activity-profile' | 'agent-profile';

/**
 * Where a document lives: the activity, the agent (its IFI as canonicalAgentKey writes it) and the
 * registration, each '' where the resource has none.
 */
export interface DocumentScope {
  resource: DocumentResource;
  activityId: string;
  agentKey: string;
  registration: string;
}

export interface DocumentKey extends DocumentScope {
  documentId: string;
}

/** What a request names: one document (documentId), or every one in the scope (null), updated after `since` if given. */
export interface DocumentTarget {
  scope: DocumentScope;
  documentId: string | null;
  since: string | null;
}

interface ResourceShape {
  /** The parameter naming one document. */
  idParam: 'stateId' | 'profileId';
  activity: boolean;
  agent: boolean;
  registration: boolean;
}

const SHAPES: Record<DocumentResource, ResourceShape> = {
  state: { idParam: 'stateId', activity: true, agent: true, registration: true },
  'activity-profile': { idParam: 'profileId', activity: true, agent: false, registration: false },
  'agent-profile': { idParam: 'profileId', activity: false, agent: true, registration: false },
};

export type DocumentOperation = 'read' | 'write' | 'delete';

/**
 * The `agent` parameter of the State and Agent Profile resources: an Agent, not a Group
 * (Communication §2.3.s3, §2.6.s3 note), as JSON, with exactly one IFI.
 */
function agentKeyOf(value: unknown, problems: StatementProblem[]): string {
  let agent: unknown;
  try {
    agent = typeof value === 'string' ? JSON.parse(value) : undefined;
  } catch {
    agent = undefined;
  }
  if (!isJsonObject(agent)) {
    problems.push(problem('agent', 'must be an Agent object as JSON'));
    return '';
  }
  if (agent.objectType === 'Group') {
    problems.push(problem('agent', 'must be an Agent, not a Group (use the Group’s identifier in an Agent object)'));
    return '';
  }
  const found = validateActor(agent, 'agent');
  problems.push(...found);
  return found.length ? '' : canonicalAgentKey(agent) ?? '';
}

/**
 * The parameters of a Document Resource request, checked as Communication §2.3, §2.6 and §2.7 state
 * them: required ones present, each given once, of its type; `since` only where several documents
 * are read; and nothing the resource does not know (§3.2, 400 for an unrecognised parameter).
 * A write needs the document id; a read or delete without it means every document in the scope
 * (a profile cannot be deleted in bulk: §2.6 and §2.7 define DELETE for one profile only).
 */
export function parseDocumentParams(resource: DocumentResource, params: Record<string, unknown>, operation: DocumentOperation): { target: DocumentTarget } | { problems: StatementProblem[] } {
  const shape = SHAPES[resource];
  const problems: StatementProblem[] = [];
  const known = [shape.idParam, ...(shape.activity ? ['activityId'] : []), ...(shape.agent ? ['agent'] : []), ...(shape.registration ? ['registration'] : []), 'since'];
  for (const name of Object.keys(params)) if (!known.includes(name)) problems.push(problem(name, `is not a parameter of this resource (it takes ${known.join(', ')})`));

  const text = (name: string, required: boolean): string | null => {
    const value = params[name];
    if (value === undefined) {
      if (required) problems.push(problem(name, 'is required'));
      return null;
    }
    if (typeof value !== 'string') {
      problems.push(problem(name, 'must be given once'));
      return null;
    }
    return value;
  };

  const activityId = shape.activity ? text('activityId', true) : null;
  if (activityId !== null) problems.push(...validateActivityId(activityId, 'activityId'));
  const agent = shape.agent ? text('agent', true) : null;
  const agentKey = agent !== null ? agentKeyOf(agent, problems) : '';
  const registration = shape.registration ? text('registration', false) : null;
  if (registration !== null && !isUuid(registration)) problems.push(problem('registration', 'must be a UUID'));

  const bulkAllowed = operation === 'read' || (operation === 'delete' && resource === 'state');
  const documentId = text(shape.idParam, !bulkAllowed);
  if (documentId === '') problems.push(problem(shape.idParam, 'must not be empty'));
  const since = text('since', false);
  if (since !== null && (documentId !== null || operation !== 'read')) problems.push(problem('since', `is only for reading the list of ids, without ${shape.idParam}`));
  else if (since !== null && !isIsoTimestamp(since)) problems.push(problem('since', 'must be an ISO 8601 timestamp'));

  if (problems.length) return { problems };
  return {
    target: {
      scope: { resource, activityId: activityId ?? '', agentKey, registration: registration?.toLowerCase() ?? '' },
      documentId,
      since,
    },
  };
}

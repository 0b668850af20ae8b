import { canonicalAgentKey } from './agents';
import { CONTEXT_ACTIVITY_KINDS } from './result-context';
import { isJsonObject, type JsonObject } from './problems';

/** What the GET filters of Communication §2.1.3 read from a stored statement, as columns. */
export interface StatementIndex {
  verbId: string;
  actorKey: string | null;
  objectAgentKey: string | null;
  objectActivityId: string | null;
  /** The statement a StatementRef object points at (a voiding statement's target). */
  targetId: string | null;
  registration: string | null;
  relatedAgents: string[];
  relatedActivities: string[];
  timestamp: string;
}

/**
 * Agents and Identified Groups are the same for a filter when their IFI and objectType are (Communication
 * §2.1.3, `agent`): the key carries both. Anonymous Groups have none.
 */
export function agentKey(agent: unknown): string | null {
  if (!isJsonObject(agent)) return null;
  const ifi = canonicalAgentKey(agent);
  return ifi ? `${agent.objectType === 'Group' ? 'Group' : 'Agent'}|${ifi}` : null;
}

const isAgentLike = (value: JsonObject) => value.objectType === 'Agent' || value.objectType === 'Group';
const isActivity = (value: JsonObject) => value.objectType === undefined || value.objectType === 'Activity';

function contextActivityIds(context: unknown): string[] {
  if (!isJsonObject(context) || !isJsonObject(context.contextActivities)) return [];
  const activities = context.contextActivities;
  return CONTEXT_ACTIVITY_KINDS.flatMap((kind) => [activities[kind]].flat()).flatMap((a) => (isJsonObject(a) && typeof a.id === 'string' ? [a.id] : []));
}

/** The agents `related_agents` matches: actor, object, authority, instructor and team, here and in a SubStatement. */
function agentsOf(statement: JsonObject): (string | null)[] {
  const context = isJsonObject(statement.context) ? statement.context : {};
  const object = isJsonObject(statement.object) ? statement.object : {};
  return [
    agentKey(statement.actor),
    isAgentLike(object) ? agentKey(object) : null,
    agentKey(statement.authority),
    agentKey(context.instructor),
    agentKey(context.team),
    ...(object.objectType === 'SubStatement' ? agentsOf(object) : []),
  ];
}

/** The activities `related_activities` matches: the object and every context activity, here and in a SubStatement. */
function activitiesOf(statement: JsonObject): string[] {
  const object = isJsonObject(statement.object) ? statement.object : {};
  return [...(isActivity(object) && typeof object.id === 'string' ? [object.id] : []), ...contextActivityIds(statement.context), ...(object.objectType === 'SubStatement' ? activitiesOf(object) : [])];
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** The filter columns of a valid statement, as stored (statementForStorage has filled timestamp and authority). */
export function indexStatement(statement: JsonObject): StatementIndex {
  const object = isJsonObject(statement.object) ? statement.object : {};
  const context = isJsonObject(statement.context) ? statement.context : {};
  return {
    verbId: String((statement.verb as JsonObject).id),
    actorKey: agentKey(statement.actor),
    objectAgentKey: isAgentLike(object) ? agentKey(object) : null,
    objectActivityId: isActivity(object) && typeof object.id === 'string' ? object.id : null,
    targetId: object.objectType === 'StatementRef' && typeof object.id === 'string' ? object.id : null,
    registration: typeof context.registration === 'string' ? context.registration : null,
    relatedAgents: unique(agentsOf(statement)),
    relatedActivities: unique(activitiesOf(statement)),
    timestamp: String(statement.timestamp),
  };
}

import { validateActivityId } from './activity';
import { validateAgent } from './agents';
import { isIri } from './iri';
import { isIsoTimestamp } from './iso8601';
import { problem, type StatementProblem } from './problems';
import { agentKey } from './statement-index';
import { isUuid } from './uuid';

/** The most statements one page holds; `limit=0` asks for this many (Communication §2.1.3). */
export const MAX_STATEMENTS_PAGE = 100;

export type StatementFormat = 'exact' | 'ids' | 'canonical';

/** A statement query (Communication §2.1.3, GET without statementId), as the SQL reads it. */
export interface StatementQuery {
  agentKey: string | null;
  verbId: string | null;
  activityId: string | null;
  registration: string | null;
  relatedActivities: boolean;
  relatedAgents: boolean;
  /** Stored after this instant (exclusive). */
  since: string | null;
  /** Stored at or before this instant. */
  until: string | null;
  limit: number;
  ascending: boolean;
  format: StatementFormat;
  attachments: boolean;
}

const PARAMETERS = ['agent', 'verb', 'activity', 'registration', 'related_activities', 'related_agents', 'since', 'until', 'limit', 'format', 'attachments', 'ascending'] as const;

function flag(value: unknown, name: string, problems: StatementProblem[]): boolean {
  if (value === undefined) return false;
  if (value === 'true' || value === 'false') return value === 'true';
  problems.push(problem(name, 'must be true or false'));
  return false;
}

/** The query parameters checked as the specification states them; `problems` lists what is wrong (the LRS answers 400). */
export function parseStatementQuery(params: Record<string, unknown>): { query: StatementQuery; problems: StatementProblem[] } {
  const problems: StatementProblem[] = Object.keys(params)
    .filter((k) => !(PARAMETERS as readonly string[]).includes(k))
    .map((k) => problem(k, 'is not a parameter of a statement query'));
  const text = (name: (typeof PARAMETERS)[number]): string | null => {
    const value = params[name];
    if (value === undefined) return null;
    if (typeof value !== 'string') {
      problems.push(problem(name, 'must be given once'));
      return null;
    }
    return value;
  };

  let key: string | null = null;
  const agent = text('agent');
  if (agent !== null) {
    try {
      const parsed: unknown = JSON.parse(agent);
      const found = validateAgent(parsed, 'agent');
      problems.push(...found);
      if (!found.length) key = agentKey(parsed);
    } catch {
      problems.push(problem('agent', 'must be an Agent or Identified Group as JSON'));
    }
  }
  const verb = text('verb');
  if (verb !== null && !isIri(verb)) problems.push(problem('verb', 'must be an IRI'));
  const activity = text('activity');
  if (activity !== null) problems.push(...validateActivityId(activity, 'activity'));
  const registration = text('registration');
  if (registration !== null && !isUuid(registration)) problems.push(problem('registration', 'must be a UUID'));
  const since = text('since');
  if (since !== null && !isIsoTimestamp(since)) problems.push(problem('since', 'must be an ISO 8601 timestamp'));
  const until = text('until');
  if (until !== null && !isIsoTimestamp(until)) problems.push(problem('until', 'must be an ISO 8601 timestamp'));
  const limitText = text('limit');
  const limit = limitText === null ? MAX_STATEMENTS_PAGE : Number(limitText);
  if (limitText !== null && !(/^\d+$/.test(limitText) && Number.isSafeInteger(limit))) problems.push(problem('limit', 'must be a whole number, 0 or more'));
  const format = text('format') ?? 'exact';
  if (!['exact', 'ids', 'canonical'].includes(format)) problems.push(problem('format', 'must be exact, ids or canonical'));

  return {
    problems,
    query: {
      agentKey: key,
      verbId: verb,
      activityId: activity,
      registration: registration?.toLowerCase() ?? null,
      relatedActivities: flag(params.related_activities, 'related_activities', problems),
      relatedAgents: flag(params.related_agents, 'related_agents', problems),
      since,
      until,
      limit: limit === 0 || limit > MAX_STATEMENTS_PAGE || Number.isNaN(limit) ? MAX_STATEMENTS_PAGE : limit,
      ascending: flag(params.ascending, 'ascending', problems),
      format: format as StatementFormat,
      attachments: flag(params.attachments, 'attachments', problems),
    },
  };
}

import { isJsonObject, type JsonObject } from './problems';
import type { StatementFormat } from './statement-query';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** An Agent or Group with only what identifies it; an Anonymous Group by its members (Communication §2.1.3, format=ids). */
function agentIds(agent: unknown): unknown {
  if (!isJsonObject(agent)) return agent;
  const ids: JsonObject = { objectType: agent.objectType ?? 'Agent' };
  for (const ifi of IFIS) if (agent[ifi] !== undefined) ids[ifi] = agent[ifi];
  if (agent.objectType === 'Group' && !IFIS.some((ifi) => agent[ifi] !== undefined)) ids.member = Array.isArray(agent.member) ? agent.member.map(agentIds) : [];
  return ids;
}

const activityIds = (activity: unknown) => (isJsonObject(activity) ? { objectType: 'Activity', id: activity.id } : activity);

function objectIds(object: unknown): unknown {
  if (!isJsonObject(object)) return object;
  if (object.objectType === 'Agent' || object.objectType === 'Group') return agentIds(object);
  if (object.objectType === 'StatementRef') return object;
  if (object.objectType === 'SubStatement') return statementIds(object);
  return activityIds(object);
}

function contextIds(context: unknown): unknown {
  if (!isJsonObject(context)) return context;
  const out: JsonObject = { ...context };
  if (context.instructor !== undefined) out.instructor = agentIds(context.instructor);
  if (context.team !== undefined) out.team = agentIds(context.team);
  if (isJsonObject(context.contextActivities)) {
    out.contextActivities = Object.fromEntries(Object.entries(context.contextActivities).map(([kind, list]) => [kind, Array.isArray(list) ? list.map(activityIds) : activityIds(list)]));
  }
  return out;
}

function statementIds(statement: JsonObject): JsonObject {
  const out: JsonObject = { ...statement, actor: agentIds(statement.actor), verb: isJsonObject(statement.verb) ? { id: statement.verb.id } : statement.verb, object: objectIds(statement.object) };
  if (statement.context !== undefined) out.context = contextIds(statement.context);
  if (statement.authority !== undefined) out.authority = agentIds(statement.authority);
  return out;
}

const LANGUAGE_MAPS = new Set(['display', 'name', 'description']);

/** The entry of a language map the reader asked for (Accept-Language), else the first one. */
function pickLanguage(map: JsonObject, accepted: string[]): JsonObject {
  const keys = Object.keys(map);
  const lower = keys.map((k) => k.toLowerCase());
  for (const tag of accepted) {
    const exact = lower.indexOf(tag);
    if (exact >= 0) return { [keys[exact]]: map[keys[exact]] };
    const prefix = lower.findIndex((k) => k.split('-')[0] === tag.split('-')[0]);
    if (prefix >= 0) return { [keys[prefix]]: map[keys[prefix]] };
  }
  return keys.length ? { [keys[0]]: map[keys[0]] } : map;
}

/** Every language map reduced to one language, outside extensions (whose content is not xAPI's to change). */
function canonical(value: unknown, accepted: string[], key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, accepted));
  if (!isJsonObject(value)) return value;
  if (LANGUAGE_MAPS.has(key) && Object.values(value).every((v) => typeof v === 'string')) return pickLanguage(value, accepted);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'extensions' ? v : canonical(v, accepted, k)]));
}

/** The languages of an Accept-Language header, most wanted first. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}

/** A stored statement in the format a query asked for (Communication §2.1.3 `format`). */
export function formatStatement(statement: JsonObject, format: StatementFormat, accepted: string[] = []): JsonObject {
  if (format === 'ids') return statementIds(statement);
  if (format === 'canonical') return canonical(statement, accepted) as JsonObject;
  return statement;
}

import { isJsonObject, type JsonObject } from './problems';
import { statementForStorage } from './statement-for-storage';

/** JSON with every object's keys in order, so two equal statements give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJsonObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Whether a statement sent again with a stored statement's id is that statement (Data 2.4.1 and
 * Communication §2.1.2: a repeat is accepted and changes nothing, a different one is a 409). The
 * repeat is read as the LRS would have stored it, with the first one's stored, authority and
 * defaults, so what the LRS itself filled in is not a difference.
 */
export function sameStatement(stored: JsonObject, incoming: JsonObject): boolean {
  const authority = isJsonObject(stored.authority) ? stored.authority : {};
  const asStored = statementForStorage(incoming, { id: String(stored.id), stored: String(stored.stored), authority });
  return canonicalJson(asStored) === canonicalJson(stored);
}

import { createHash } from 'node:crypto';

/**
 * A document's ETag (Communication §3.1.s4.b2): the lowercase hex SHA-1 of its contents. Headers
 * carry it quoted (§3.1.s4.b4).
 */
export function documentEtag(content: Buffer): string {
  return createHash('sha1').update(content).digest('hex');
}

export const quoted = (etag: string) => `"${etag}"`;

/** The entity tags of an If-Match or If-None-Match header: '*' or a list of (possibly weak) quoted tags. */
function tagsOf(header: string): '*' | string[] {
  if (header.trim() === '*') return '*';
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean)
    .map((tag) => tag.replace(/^"(.*)"$/, '$1').toLowerCase());
}

export interface Preconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

/**
 * Whether a change to a document may go ahead, as RFC 7232 reads If-Match and If-None-Match
 * (Communication §3.1.s4): 'failed' answers 412; 'unguarded' (409) is a PUT over an existing
 * profile without either header, which §3.1.s4.b13 forbids (the State Resource permits it,
 * §3.1.s3). `current` is the document's ETag, or null when there is none.
 */
export function checkPreconditions(headers: Preconditions, current: string | null, unguardedPutRefused: boolean): 'ok' | 'failed' | 'unguarded' {
  const { ifMatch, ifNoneMatch } = headers;
  if (ifMatch !== undefined) {
    const tags = tagsOf(ifMatch);
    if (current === null || (tags !== '*' && !tags.includes(current))) return 'failed';
  }
  if (ifNoneMatch !== undefined) {
    const tags = tagsOf(ifNoneMatch);
    if (current !== null && (tags === '*' || tags.includes(current))) return 'failed';
  }
  if (unguardedPutRefused && current !== null && ifMatch === undefined && ifNoneMatch === undefined) return 'unguarded';
  return 'ok';
}

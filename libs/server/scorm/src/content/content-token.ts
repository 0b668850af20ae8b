import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a launch link lasts, and the step its expiry is rounded up to (stable URLs cache). */
const LIFETIME_MS = 12 * 3600_000;
const STEP_MS = 6 * 3600_000;

function signature(key: Buffer, packageId: string, expires: number): string {
  return createHmac('sha256', key).update(`${packageId}.${expires}`).digest('base64url');
}

/**
 * The content origin has no session: a package's files are reached only through a path segment
 * `<expiry>.<HMAC>` that the API hands to a reader of the course, so a link that leaks works for
 * half a day at most. The expiry is rounded up to a step, so that a learner who comes back within
 * hours gets the same URLs and the browser's cache.
 */
export class ContentTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    // Its own key, derived from the API's secret, so that no token of one kind passes as the other.
    this.key = createHmac('sha256', secret).update('lane.scorm-content.v1').digest();
  }

  issue(packageId: string, now: Date): string {
    const expires = Math.ceil((now.getTime() + LIFETIME_MS) / STEP_MS) * STEP_MS;
    return `${expires}.${signature(this.key, packageId, expires)}`;
  }

  valid(packageId: string, token: string, now: Date): boolean {
    const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
    if (!match) return false;
    const expires = Number(match[1]);
    if (expires <= now.getTime()) return false;
    const expected = Buffer.from(signature(this.key, packageId, expires));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

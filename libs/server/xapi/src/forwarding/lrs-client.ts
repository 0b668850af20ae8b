import { Injectable } from '@nestjs/common';
import type { JsonObject } from '../statements';

export interface LrsTarget {
  endpoint: string;
  key: string;
  secret: string;
}

/** A request to the other LRS that takes longer than this has failed. */
const TIMEOUT_MS = 15_000;

/** What the other LRS answered, when it answered something other than success. */
export class LrsRefused extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`the LRS answered ${status}: ${body.slice(0, 300)}`);
  }
}

/**
 * Sends statements to another LRS as an xAPI 1.0.3 client (Communication §2.1.2): one POST of the
 * batch, with Lane's HTTP Basic credentials. A batch the LRS refuses with 409 holds a statement it
 * has already stored differently; each is then PUT on its own, so that one such statement does not
 * hold back every one after it (a 409 for it alone is left as the other LRS's truth).
 */
@Injectable()
export class LrsClient {
  async send(target: LrsTarget, statements: JsonObject[]): Promise<{ conflicts: string[] }> {
    const batch = await this.call(target, 'POST', 'statements', statements);
    if (batch.ok) return { conflicts: [] };
    if (batch.status !== 409) throw new LrsRefused(batch.status, await batch.text());
    const conflicts: string[] = [];
    for (const statement of statements) {
      const one = await this.call(target, 'PUT', `statements?statementId=${encodeURIComponent(String(statement.id))}`, statement);
      if (one.status === 409) conflicts.push(String(statement.id));
      else if (!one.ok) throw new LrsRefused(one.status, await one.text());
    }
    return { conflicts };
  }

  private call(target: LrsTarget, method: 'POST' | 'PUT', path: string, body: unknown): Promise<Response> {
    return fetch(new URL(path, target.endpoint), {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${target.key}:${target.secret}`).toString('base64')}`,
        'content-type': 'application/json',
        'x-experience-api-version': '1.0.3',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  }
}

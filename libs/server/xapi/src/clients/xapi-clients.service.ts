import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Page, XapiClientCredentials, XapiClientView, XapiScope } from '@lms/contracts';
import { Clock, pageOf, type Actor, type PageQueryDto } from '@lms/server-core';
import { XapiErrorCode, XapiException } from '../xapi.exception';
import { XapiClientsRepository, type XapiClientCredential } from './xapi-clients.repository';

const TOUCH_EVERY_MS = 60_000;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** The systems an admin lets into the LRS, and the check of their HTTP Basic credentials. */
@Injectable()
export class XapiClientsService {
  constructor(
    private readonly clients: XapiClientsRepository,
    private readonly clock: Clock,
  ) {}

  /** A new client: its key and a 256-bit secret, shown this once (only the secret's SHA-256 is kept). */
  async create(actor: Actor, name: string, scopes: XapiScope[]): Promise<XapiClientCredentials> {
    const key = `lrs-${randomBytes(12).toString('base64url')}`;
    const secret = randomBytes(32).toString('base64url');
    const client = await this.clients.create({ name, key, secretSha256: sha256(secret), scopes: [...new Set(scopes)], createdBy: actor.userId });
    return { id: client.id, key, secret };
  }

  async list(query: PageQueryDto): Promise<Page<XapiClientView>> {
    const { items, total } = await this.clients.list({ offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    return pageOf(items, total, query);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const outcome = await this.clients.revoke(id, actor.userId, this.clock.now());
    if (outcome === 'missing') throw new XapiException(XapiErrorCode.ClientNotFound, 'No xAPI client with this id');
    if (outcome === 'already') throw new XapiException(XapiErrorCode.ClientRevoked, 'This xAPI client is revoked already');
  }

  /** The active client these credentials belong to, or null; the secret is compared in constant time. */
  async authenticate(key: string, secret: string): Promise<XapiClientCredential | null> {
    const client = await this.clients.byKey(key);
    const given = sha256(secret);
    // Compared even for an unknown key, so timing does not tell which keys exist.
    const match = timingSafeEqual(given, client?.secretSha256 ?? Buffer.alloc(32));
    if (!client || !match || client.revoked) return null;
    // The use is noted to the minute: a busy client's requests cost no write each.
    const now = this.clock.now();
    if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= TOUCH_EVERY_MS) await this.clients.touch(client.id, now);
    return client;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { XapiClientView } from '@lms/contracts';
import { XapiClientsRepository, type NewXapiClient, type XapiClientCredential } from './xapi-clients.repository';

const VIEW = `id, name, key, scopes, created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;
type Row = Omit<XapiClientView, 'createdAt' | 'revokedAt' | 'lastUsedAt'> & { createdAt: Date; revokedAt: Date | null; lastUsedAt: Date | null };
const view = (r: Row): XapiClientView => ({ ...r, createdAt: r.createdAt.toISOString(), revokedAt: r.revokedAt?.toISOString() ?? null, lastUsedAt: r.lastUsedAt?.toISOString() ?? null });

@Injectable()
export class TypeOrmXapiClientsRepository extends XapiClientsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async create(client: NewXapiClient): Promise<XapiClientView> {
    const [row]: Row[] = await this.ds.query(
      `WITH client AS (
         INSERT INTO xapi_clients (name, key, secret_sha256, scopes, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *),
       audit AS (
         INSERT INTO audit_log (actor_id, action, subject_id, details)
         SELECT $5, 'xapi.client.created', client.id, jsonb_build_object('name', client.name, 'key', client.key, 'scopes', to_jsonb(client.scopes)) FROM client)
       SELECT ${VIEW} FROM client`,
      [client.name, client.key, client.secretSha256, client.scopes, client.createdBy],
    );
    return view(row);
  }

  async list(page: { offset: number; limit: number }): Promise<{ items: XapiClientView[]; total: number }> {
    const rows: (Row & { total: number })[] = await this.ds.query(`SELECT ${VIEW}, count(*) OVER ()::int AS total FROM xapi_clients ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`, [page.limit, page.offset]);
    if (rows.length === 0 && page.offset > 0) return { items: [], total: (await this.ds.query(`SELECT count(*)::int AS n FROM xapi_clients`))[0].n };
    return { items: rows.map(({ total: _total, ...r }) => view(r)), total: rows[0]?.total ?? 0 };
  }

  async revoke(id: string, by: string, at: Date): Promise<'revoked' | 'missing' | 'already'> {
    const rows: { revoked: boolean }[] = await this.ds.query(
      `WITH target AS (SELECT id, revoked_at FROM xapi_clients WHERE id = $1),
       revoked AS (
         UPDATE xapi_clients c SET revoked_at = $3 FROM target WHERE c.id = target.id AND target.revoked_at IS NULL RETURNING c.id, c.key),
       audit AS (
         INSERT INTO audit_log (actor_id, action, subject_id, details, at)
         SELECT $2, 'xapi.client.revoked', revoked.id, jsonb_build_object('key', revoked.key), $3 FROM revoked)
       SELECT EXISTS (SELECT 1 FROM revoked) AS revoked FROM target`,
      [id, by, at],
    );
    if (!rows.length) return 'missing';
    return rows[0].revoked ? 'revoked' : 'already';
  }

  async byKey(key: string): Promise<XapiClientCredential | null> {
    const [row] = await this.ds.query(`SELECT id, name, secret_sha256 AS "secretSha256", scopes, revoked_at IS NOT NULL AS revoked, last_used_at AS "lastUsedAt" FROM xapi_clients WHERE key = $1`, [key]);
    return row ?? null;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.ds.query(`UPDATE xapi_clients SET last_used_at = $2 WHERE id = $1`, [id, at]);
  }
}

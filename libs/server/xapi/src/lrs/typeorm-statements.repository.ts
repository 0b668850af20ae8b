import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AttachmentData } from '../attachments/attachment-parts';
import type { OutgoingAttachment } from '../attachments/multipart-mixed';
import { VOIDED_VERB_ID, type JsonObject } from '../statements';
import type { StatementQuery } from '../statements/statement-query';
import { STATEMENTS_WRITE_LOCK, StatementsRepository, type PreparedStatement, type StoreOutcome } from './statements.repository';

@Injectable()
export class TypeOrmStatementsRepository extends StatementsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  store(batch: PreparedStatement[], clientId: string | null, same: (stored: JsonObject, incoming: JsonObject) => boolean, attachments: AttachmentData[] = []): Promise<StoreOutcome> {
    return this.ds.transaction(async (tx): Promise<StoreOutcome> => {
      await tx.query(`SELECT pg_advisory_xact_lock_shared($1)`, [STATEMENTS_WRITE_LOCK]);
      const repeated = await this.repeats(tx, batch, same);
      if (repeated.conflict) return { ok: false, conflict: repeated.conflict };
      const fresh = batch.filter((s) => !repeated.ids.has(s.id));
      const targets = fresh.filter((s) => s.index.verbId === VOIDED_VERB_ID && s.index.targetId).map((s) => s.index.targetId!);
      if (targets.length) {
        const [voiding] = await tx.query(`SELECT id FROM xapi_statements WHERE id = ANY($1::uuid[]) AND verb_id = $2 LIMIT 1`, [targets, VOIDED_VERB_ID]);
        const inBatch = fresh.find((s) => targets.includes(s.id) && s.index.verbId === VOIDED_VERB_ID);
        if (voiding || inBatch) return { ok: false, voidsVoiding: voiding?.id ?? inBatch!.id };
      }
      if (fresh.length) {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO xapi_statements (id, statement, stored, "timestamp", verb_id, actor_key, object_agent_key, object_activity_id, target_id, registration, related_agents, related_activities, client_id)
           SELECT s.id, s.statement, s.stored, s.ts, s.verb_id, s.actor_key, s.object_agent_key, s.object_activity_id, s.target_id, s.registration,
                  ARRAY(SELECT jsonb_array_elements_text(s.related_agents)), ARRAY(SELECT jsonb_array_elements_text(s.related_activities)), $2
           FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, statement jsonb, stored timestamptz, ts timestamptz, verb_id text, actor_key text, object_agent_key text,
                object_activity_id text, target_id uuid, registration uuid, related_agents jsonb, related_activities jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            JSON.stringify(
              fresh.map(({ id, statement, stored, index }) => ({
                id,
                statement,
                stored,
                ts: index.timestamp,
                verb_id: index.verbId,
                actor_key: index.actorKey,
                object_agent_key: index.objectAgentKey,
                object_activity_id: index.objectActivityId,
                target_id: index.targetId,
                registration: index.registration,
                related_agents: index.relatedAgents,
                related_activities: index.relatedActivities,
              })),
            ),
            clientId,
          ],
        );
        // Another request stored one of these ids meanwhile: the same statement, or a conflict.
        if (rows.length < fresh.length) {
          const raced = await this.repeats(tx, fresh.filter((s) => !rows.some((r) => r.id === s.id)), same);
          if (raced.conflict) throw new RacedConflict(raced.conflict);
        }
      }
      if (targets.length) await tx.query(`UPDATE xapi_statements SET voided = true WHERE id = ANY($1::uuid[]) AND NOT voided`, [targets]);
      // The same bytes under the same hash are the same attachment: kept once, whichever batch brought them.
      for (const a of attachments) {
        await tx.query(`INSERT INTO xapi_attachments (sha2, content_type, data) VALUES ($1, $2, $3) ON CONFLICT (sha2) DO NOTHING`, [a.sha2, a.contentType ?? 'application/octet-stream', a.data]);
      }
      return { ok: true };
    }).catch((error: unknown): StoreOutcome => {
      if (error instanceof RacedConflict) return { ok: false, conflict: error.id };
      throw error;
    });
  }

  async attachmentData(sha2s: string[]): Promise<OutgoingAttachment[]> {
    if (!sha2s.length) return [];
    const rows: { sha2: string; content_type: string; data: Buffer }[] = await this.ds.query(`SELECT sha2, content_type, data FROM xapi_attachments WHERE sha2 = ANY($1::text[])`, [sha2s]);
    return rows.map((r) => ({ sha2: r.sha2, contentType: r.content_type, data: r.data }));
  }

  /** Which of the batch's ids are stored already, and the first whose stored statement differs. */
  private async repeats(tx: EntityManager, batch: PreparedStatement[], same: (stored: JsonObject, incoming: JsonObject) => boolean): Promise<{ ids: Set<string>; conflict?: string }> {
    const existing: { id: string; statement: JsonObject }[] = await tx.query(`SELECT id, statement FROM xapi_statements WHERE id = ANY($1::uuid[])`, [batch.map((s) => s.id)]);
    const byId = new Map(existing.map((e) => [e.id, e.statement]));
    const conflict = batch.find((s) => byId.has(s.id) && !same(byId.get(s.id)!, s.sent));
    return { ids: new Set(byId.keys()), conflict: conflict?.id };
  }

  async byId(id: string, voided: boolean): Promise<JsonObject | null> {
    const [row] = await this.ds.query(`SELECT statement FROM xapi_statements WHERE id = $1 AND voided = $2`, [id, voided]);
    return row?.statement ?? null;
  }

  async query(query: StatementQuery, after: number | null): Promise<{ statements: { seq: number; statement: JsonObject }[]; more: boolean }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // What a statement must match itself (a StatementRef to a match counts too).
    const match: string[] = [];
    if (query.agentKey) match.push(query.relatedAgents ? `${param(query.agentKey)} = ANY(related_agents)` : `(actor_key = ${param(query.agentKey)} OR object_agent_key = $${params.length})`);
    if (query.verbId) match.push(`verb_id = ${param(query.verbId)}`);
    if (query.activityId) match.push(query.relatedActivities ? `${param(query.activityId)} = ANY(related_activities)` : `object_activity_id = ${param(query.activityId)}`);
    if (query.registration) match.push(`registration = ${param(query.registration)}::uuid`);
    // What only the statements returned must meet.
    const page = ['NOT s.voided'];
    if (query.since) page.push(`s.stored > ${param(query.since)}::timestamptz`);
    if (query.until) page.push(`s.stored <= ${param(query.until)}::timestamptz`);
    if (after !== null) page.push(`s.seq ${query.ascending ? '>' : '<'} ${param(after)}`);
    const limit = param(query.limit + 1);
    const from = match.length
      ? `WITH RECURSIVE matched AS (
           SELECT id FROM xapi_statements WHERE ${match.join(' AND ')}
           UNION
           SELECT t.id FROM xapi_statements t JOIN matched m ON t.target_id = m.id)
         SELECT s.seq, s.statement FROM xapi_statements s JOIN matched USING (id)`
      : `SELECT s.seq, s.statement FROM xapi_statements s`;
    const rows: { seq: string; statement: JsonObject }[] = await this.ds.query(`${from} WHERE ${page.join(' AND ')} ORDER BY s.seq ${query.ascending ? 'ASC' : 'DESC'} LIMIT ${limit}`, params);
    return { statements: rows.slice(0, query.limit).map((r) => ({ seq: Number(r.seq), statement: r.statement })), more: rows.length > query.limit };
  }

  async activityDefinition(activityId: string): Promise<JsonObject | null> {
    const [row] = await this.ds.query(
      `SELECT statement->'object'->'definition' AS definition FROM xapi_statements
       WHERE object_activity_id = $1 AND statement->'object' ? 'definition' ORDER BY seq DESC LIMIT 1`,
      [activityId],
    );
    return row?.definition ?? null;
  }

  async agentNames(agentKey: string): Promise<string[]> {
    const rows: { name: string }[] = await this.ds.query(
      `SELECT name FROM (
         SELECT statement->'actor'->>'name' AS name, max(seq) AS last FROM xapi_statements
         WHERE actor_key = $1 AND statement->'actor' ? 'name' GROUP BY 1) n
       ORDER BY last DESC LIMIT 20`,
      [agentKey],
    );
    return rows.map((r) => r.name);
  }
}

/** Rolls the batch back when a concurrent request stored a different statement with one of its ids. */
class RacedConflict extends Error {
  constructor(readonly id: string) {
    super(`statement ${id} conflicts`);
  }
}

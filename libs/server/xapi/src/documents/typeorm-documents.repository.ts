import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DocumentKey, DocumentScope } from './document-params';
import { DocumentsRepository, type DocumentChange, type StoredDocument } from './documents.repository';
import { documentEtag } from './preconditions';

const SCOPE = `resource = $1 AND activity_id = $2 AND agent_key = $3 AND registration = $4`;
const scopeParams = (s: DocumentScope) => [s.resource, s.activityId, s.agentKey, s.registration];
const keyParams = (k: DocumentKey) => [...scopeParams(k), k.documentId];

type Row = { content_type: string; content: Buffer; etag: string; updated: Date };
const stored = (row: Row): StoredDocument => ({ contentType: row.content_type, content: row.content, etag: row.etag, updated: row.updated });

@Injectable()
export class TypeOrmDocumentsRepository extends DocumentsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async get(key: DocumentKey): Promise<StoredDocument | null> {
    return this.read(this.ds.manager, key);
  }

  async ids(scope: DocumentScope, since: string | null): Promise<{ ids: string[]; updated: Date | null }> {
    const rows: { document_id: string; updated: Date }[] = await this.ds.query(
      `SELECT document_id, updated FROM xapi_documents WHERE ${SCOPE} AND ($5::timestamptz IS NULL OR updated > $5::timestamptz) ORDER BY document_id`,
      [...scopeParams(scope), since],
    );
    const newest = rows.reduce<Date | null>((latest, r) => (latest && latest > r.updated ? latest : r.updated), null);
    return { ids: rows.map((r) => r.document_id), updated: newest };
  }

  change(key: DocumentKey, decide: (current: StoredDocument | null) => DocumentChange): Promise<void> {
    return this.ds.transaction(async (tx) => {
      // A row that does not exist yet cannot be locked: the key's advisory lock stands in for it.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [JSON.stringify(keyParams(key))]);
      const change = decide(await this.read(tx, key));
      if ('put' in change) {
        const { contentType, content, updated } = change.put;
        await tx.query(
          `INSERT INTO xapi_documents (resource, activity_id, agent_key, registration, document_id, content_type, content, etag, updated)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (resource, activity_id, agent_key, registration, document_id)
           DO UPDATE SET content_type = EXCLUDED.content_type, content = EXCLUDED.content, etag = EXCLUDED.etag, updated = EXCLUDED.updated`,
          [...keyParams(key), contentType, content, documentEtag(content), updated],
        );
      } else if ('remove' in change) {
        await tx.query(`DELETE FROM xapi_documents WHERE ${SCOPE} AND document_id = $5`, keyParams(key));
      }
    });
  }

  async removeAll(scope: DocumentScope): Promise<void> {
    await this.ds.query(`DELETE FROM xapi_documents WHERE ${SCOPE}`, scopeParams(scope));
  }

  private async read(manager: EntityManager, key: DocumentKey): Promise<StoredDocument | null> {
    const [row]: Row[] = await manager.query(`SELECT content_type, content, etag, updated FROM xapi_documents WHERE ${SCOPE} AND document_id = $5`, keyParams(key));
    return row ? stored(row) : null;
  }
}

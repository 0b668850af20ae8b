import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { enqueueInTransaction } from '@lms/server-core';
import { ExportsRepository, type ExportRow, type NewExport } from './exports.repository';

const COLUMNS = `id, requested_by AS "requestedBy", kind, format, org_unit_id AS "orgUnitId", course_id AS "courseId", category,
  assignment_id AS "assignmentId", to_char(from_day, 'YYYY-MM-DD') AS "from", to_char(to_day, 'YYYY-MM-DD') AS "to", locale, status,
  row_count AS "rowCount", error, file_key AS "fileKey", bytes::float8 AS bytes, created_at AS "createdAt", expires_at AS "expiresAt"`;

@Injectable()
export class TypeOrmExportsRepository extends ExportsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  request(input: NewExport): Promise<ExportRow> {
    return this.ds.transaction(async (m) => {
      const [row]: ExportRow[] = await m.query(
        `INSERT INTO report_exports (requested_by, kind, format, org_unit_id, course_id, category, assignment_id, from_day, to_day, locale, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COLUMNS}`,
        [input.requestedBy, input.kind, input.format, input.orgUnitId, input.courseId, input.category, input.assignmentId, input.from, input.to, input.locale, input.createdAt, input.expiresAt],
      );
      await m.query(`INSERT INTO audit_log (actor_id, action, org_unit_id, subject_id, details, at) VALUES ($1, 'report.export.requested', $2, $3, $4, $5)`, [
        input.requestedBy,
        input.orgUnitId,
        row.id,
        JSON.stringify({ kind: row.kind, format: row.format, courseId: row.courseId, category: row.category, assignmentId: row.assignmentId, from: row.from, to: row.to }),
        input.createdAt,
      ]);
      await enqueueInTransaction(m, [{ name: 'reports.export', payload: { exportId: row.id }, jobId: `report-export.${row.id}` }]);
      return row;
    });
  }

  async find(id: string): Promise<ExportRow | null> {
    const [row] = await this.ds.query(`SELECT ${COLUMNS} FROM report_exports WHERE id = $1`, [id]);
    return row ?? null;
  }

  mine(userId: string, limit: number): Promise<ExportRow[]> {
    return this.ds.query(`SELECT ${COLUMNS} FROM report_exports WHERE requested_by = $1 ORDER BY created_at DESC, id LIMIT $2`, [userId, limit]);
  }

  async filterTargetsExist(courseId: string | null, assignmentId: string | null): Promise<{ course: boolean; assignment: boolean }> {
    const [row] = await this.ds.query(
      `SELECT ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM courses WHERE id = $1::uuid)) AS course,
              ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM assignments WHERE id = $2::uuid)) AS assignment`,
      [courseId, assignmentId],
    );
    return row;
  }

  async recordDownload(row: ExportRow, actorId: string): Promise<void> {
    await this.ds.query(`INSERT INTO audit_log (actor_id, action, org_unit_id, subject_id, details) VALUES ($1, 'report.export.downloaded', $2, $3, $4)`, [
      actorId,
      row.orgUnitId,
      row.id,
      JSON.stringify({ kind: row.kind, format: row.format, requestedBy: row.requestedBy }),
    ]);
  }

  async start(id: string): Promise<ExportRow | null> {
    const [rows] = await this.ds.query(`UPDATE report_exports SET status = 'running' WHERE id = $1 AND status IN ('queued', 'running') RETURNING ${COLUMNS}`, [id]);
    return rows[0] ?? null;
  }

  async finish(id: string, result: { rowCount: number; fileKey: string; bytes: number }, now: Date): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [rows] = await m.query(
        `UPDATE report_exports SET status = 'done', row_count = $2, file_key = $3, bytes = $4, finished_at = $5, error = NULL
         WHERE id = $1 AND status = 'running' RETURNING requested_by, kind, expires_at`,
        [id, result.rowCount, result.fileKey, result.bytes, now],
      );
      if (!rows.length) return;
      const [done] = rows;
      await m.query(
        `INSERT INTO notifications (user_id, kind, params, dedupe_key) VALUES ($1, 'export_ready', $2, $3) ON CONFLICT DO NOTHING`,
        [done.requested_by, JSON.stringify({ exportId: id, reportKind: done.kind, expiresAt: done.expires_at }), `export.${id}`],
      );
    });
  }

  async fail(id: string, error: string, now: Date): Promise<void> {
    await this.ds.query(`UPDATE report_exports SET status = 'failed', error = $2, finished_at = $3 WHERE id = $1 AND status IN ('queued', 'running')`, [id, error.slice(0, 500), now]);
  }

  expired(now: Date, limit: number): Promise<{ id: string; fileKey: string }[]> {
    return this.ds.query(`SELECT id, file_key AS "fileKey" FROM report_exports WHERE file_key IS NOT NULL AND expires_at <= $1 ORDER BY expires_at LIMIT $2`, [now, limit]);
  }

  async forget(ids: string[]): Promise<void> {
    await this.ds.query(`UPDATE report_exports SET file_key = NULL WHERE id = ANY($1::uuid[])`, [ids]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditEntry } from '@lms/contracts';
import { AuditLogRepository, type AuditLogFilter } from './audit-log.repository';

interface AuditRow extends Omit<AuditEntry, 'at'> {
  at: Date;
  total: string;
}

@Injectable()
export class TypeOrmAuditLogRepository extends AuditLogRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async page(filter: AuditLogFilter, offset: number, limit: number): Promise<{ items: AuditEntry[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.action) add('a.action = ?', filter.action);
    if (filter.actorId) add('a.actor_id = ?', filter.actorId);
    if (filter.from) add('a.at >= ?', filter.from);
    if (filter.to) add('a.at < ?', filter.to);
    params.push(limit, offset);
    // count(*) OVER () gives the total with the page in one statement; the id breaks ties of one instant.
    const rows: AuditRow[] = await this.ds.query(
      `SELECT a.id::text AS id, a.at, a.action, a.actor_id AS "actorId", u.display_name AS "actorName",
              a.org_unit_id AS "orgUnitId", a.subject_id AS "subjectId", a.details, count(*) OVER () AS total
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.at DESC, a.id DESC
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total = rows.length ? Number(rows[0].total) : offset ? await this.count(where, params.slice(0, -2)) : 0;
    return { items: rows.map(({ total: _total, at, ...row }) => ({ ...row, at: new Date(at).toISOString() })), total };
  }

  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.ds.query(`SELECT DISTINCT action FROM audit_log ORDER BY action`);
    return rows.map((r) => r.action);
  }

  /** Only for a page past the end, where the window count has no row to ride on. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row]: { n: string }[] = await this.ds.query(`SELECT count(*) AS n FROM audit_log a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params);
    return Number(row.n);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SummaryRow } from '@lms/contracts';
import { SummaryRepository, type SummaryFilter } from './summary.repository';

/**
 * Counted from the raw rows on each request: the subtree's active users and their enrolments,
 * each counted for the asked unit and for the child whose subtree holds it. (A rollup table kept
 * current from completion events is to replace this for national scale.)
 */
@Injectable()
export class TypeOrmSummaryRepository extends SummaryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async summary(filter: SummaryFilter): Promise<SummaryRow[] | null> {
    const rows: (Omit<SummaryRow, 'completionRate'> & { isUnit: boolean })[] = await this.ds.query(
      `WITH root AS (SELECT id, path FROM org_units WHERE id = $1),
       targets AS (
         SELECT ou.id, CASE WHEN $3 = 'en' THEN ou.name_en ELSE ou.name_lo END AS name, ou.path, ou.id = root.id AS is_unit
         FROM org_units ou, root WHERE ou.id = root.id OR ou.parent_id = root.id),
       people AS (
         SELECT u.id, ou.path FROM users u JOIN org_units ou ON ou.id = u.org_unit_id, root
         WHERE u.status = 'active' AND ou.path >= root.path AND ou.path < root.path || '~'),
       enrolled AS (
         SELECT p.path, e.completed_at, e.started_at, e.due_at FROM enrolments e JOIN people p ON p.id = e.user_id
         WHERE $2::uuid IS NULL OR e.course_id = $2::uuid)
       SELECT t.id AS "orgUnitId", t.name, t.is_unit AS "isUnit",
         (SELECT count(*) FROM people p WHERE p.path >= t.path AND p.path < t.path || '~')::int AS learners,
         count(x.path)::int AS enrolled,
         count(x.path) FILTER (WHERE x.completed_at IS NULL AND x.started_at IS NOT NULL)::int AS "inProgress",
         count(x.path) FILTER (WHERE x.completed_at IS NOT NULL)::int AS completed,
         count(x.path) FILTER (WHERE x.completed_at IS NULL AND x.due_at < $4)::int AS overdue
       FROM targets t LEFT JOIN enrolled x ON x.path >= t.path AND x.path < t.path || '~'
       GROUP BY t.id, t.name, t.path, t.is_unit
       ORDER BY t.is_unit DESC, t.name`,
      [filter.orgUnitId, filter.courseId, filter.locale, filter.now],
    );
    if (!rows.length) return null;
    return rows.map(({ isUnit: _isUnit, ...r }) => ({ ...r, completionRate: r.enrolled ? r.completed / r.enrolled : 0 }));
  }
}

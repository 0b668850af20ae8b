import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SummaryRow } from '@lms/contracts';
import { SummaryRepository, type SummaryFilter } from './summary.repository';

/**
 * Read from the rollup (see the migration 1764900000000-reports): the subtree's units, each
 * tagged with the child of the asked unit it falls under, and the rollup rows of those units summed
 * per child and in all (GROUPING SETS). Learners are counted from `users`, one index range per
 * unit. Overdue is the rollup's open enrolments due before today, plus those due today before now,
 * counted from `enrolments` through its partial index of open due dates.
 */
@Injectable()
export class TypeOrmSummaryRepository extends SummaryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async summary(filter: SummaryFilter): Promise<SummaryRow[] | null> {
    const rows: (Omit<SummaryRow, 'completionRate'> & { isUnit: boolean })[] = await this.ds.query(SUMMARY_SQL, [
      filter.orgUnitId,
      filter.locale,
      filter.now,
      filter.courseId,
      filter.category,
      filter.assignmentId,
      filter.from,
      filter.to,
    ]);
    if (!rows.length) return null;
    return rows.map(({ isUnit: _isUnit, ...r }) => ({ ...r, completionRate: r.enrolled ? r.completed / r.enrolled : 0 }));
  }
}

/** The filters, on a row `x` with course_id, assignment_id and a Vientiane day enrolled. */
const FILTERS = (x: string, enrolledOn: string) => `
  ($4::uuid IS NULL OR ${x}.course_id = $4::uuid)
  AND ($5::text IS NULL OR ${x}.course_id IN (SELECT course_id FROM category_courses))
  AND ($6::uuid IS NULL OR ${x}.assignment_id = $6::uuid)
  AND ($7::date IS NULL OR ${enrolledOn} >= $7::date)
  AND ($8::date IS NULL OR ${enrolledOn} <= $8::date)`;

const SUMMARY_SQL = `
  WITH root AS (SELECT id, path FROM org_units WHERE id = $1),
  targets AS (
    SELECT ou.id, CASE WHEN $2 = 'en' THEN ou.name_en ELSE ou.name_lo END AS name, ou.path, ou.id = root.id AS is_unit
    FROM org_units ou, root WHERE ou.id = root.id OR ou.parent_id = root.id),
  units AS (
    SELECT ou.id, child.id AS child_id
    FROM org_units ou CROSS JOIN root
    LEFT JOIN targets child ON NOT child.is_unit AND ou.path >= child.path AND ou.path < child.path || '~'
    WHERE ou.path >= root.path AND ou.path < root.path || '~'),
  category_courses AS (
    SELECT c.id AS course_id FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version
    WHERE v.category = $5::text),
  staff AS (
    SELECT u.child_id, GROUPING(u.child_id) AS total, count(*)::int AS learners
    FROM users p JOIN units u ON u.id = p.org_unit_id WHERE p.status = 'active'
    GROUP BY GROUPING SETS ((u.child_id), ())),
  figures AS (
    SELECT u.child_id, GROUPING(u.child_id) AS total,
           sum(r.enrolled)::int AS enrolled, sum(r.in_progress)::int AS in_progress, sum(r.completed)::int AS completed,
           COALESCE(sum(r.enrolled - r.completed) FILTER (WHERE r.due_on < report_day($3)), 0)::int AS overdue
    FROM report_rollup r JOIN units u ON u.id = r.org_unit_id
    WHERE ${FILTERS('r', 'r.enrolled_on')}
    GROUP BY GROUPING SETS ((u.child_id), ())),
  overdue_today AS (
    SELECT u.child_id, GROUPING(u.child_id) AS total, count(*)::int AS overdue
    FROM enrolments e JOIN users p ON p.id = e.user_id AND p.status = 'active' JOIN units u ON u.id = p.org_unit_id
    WHERE e.completed_at IS NULL AND e.due_at < $3 AND e.due_at >= (report_day($3)::timestamp AT TIME ZONE 'Asia/Vientiane')
      AND ${FILTERS('e', 'report_day(e.enrolled_at)')}
    GROUP BY GROUPING SETS ((u.child_id), ()))
  SELECT t.id AS "orgUnitId", t.name, t.is_unit AS "isUnit",
         COALESCE(s.learners, 0) AS learners, COALESCE(f.enrolled, 0) AS enrolled, COALESCE(f.in_progress, 0) AS "inProgress",
         COALESCE(f.completed, 0) AS completed, COALESCE(f.overdue, 0) + COALESCE(o.overdue, 0) AS overdue
  FROM targets t
  LEFT JOIN staff s ON CASE WHEN t.is_unit THEN s.total = 1 ELSE s.total = 0 AND s.child_id = t.id END
  LEFT JOIN figures f ON CASE WHEN t.is_unit THEN f.total = 1 ELSE f.total = 0 AND f.child_id = t.id END
  LEFT JOIN overdue_today o ON CASE WHEN t.is_unit THEN o.total = 1 ELSE o.total = 0 AND o.child_id = t.id END
  ORDER BY t.is_unit DESC, t.name`;

import { joinTarget, SUBTREE_CTES } from '../subtree-sql';

/**
 * GET /reports/summary in one statement, read from the rollup (see the migration
 * 1764900000000-reports): the rollup rows of the subtree's units (SUBTREE_CTES) summed per child
 * of the asked unit and in all. Each unit's rows are one index range (LATERAL): the planner
 * cannot see how few units a CTE holds, and would otherwise scan the whole rollup. Overdue is the rollup's open enrolments due before today, plus
 * those due today before now, counted from `enrolments` through its partial index of open due
 * dates.
 *
 * Parameters: $1 unit, $2 locale, $3 now, then the filters, each null for none: $4 course,
 * $5 category, $6 assignment, $7 from and $8 to (days). No Nest, no TypeORM: the benchmark's bare
 * floor runs this same text.
 */

/** The filters, on a row `x` with course_id, assignment_id and a Vientiane day enrolled. */
const FILTERS = (x: string, enrolledOn: string) => `
  ($4::uuid IS NULL OR ${x}.course_id = $4::uuid)
  AND ($5::text IS NULL OR ${x}.course_id IN (SELECT course_id FROM category_courses))
  AND ($6::uuid IS NULL OR ${x}.assignment_id = $6::uuid)
  AND ($7::date IS NULL OR ${enrolledOn} >= $7::date)
  AND ($8::date IS NULL OR ${enrolledOn} <= $8::date)`;

export const SUMMARY_SQL = `
  WITH ${SUBTREE_CTES},
  category_courses AS (
    SELECT c.id AS course_id FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version
    WHERE v.category = $5::text),
  figures AS (
    SELECT u.child_id, GROUPING(u.child_id) AS total,
           sum(r.enrolled)::int AS enrolled, sum(r.in_progress)::int AS in_progress, sum(r.completed)::int AS completed,
           COALESCE(sum(r.overdue), 0)::int AS overdue
    FROM units u CROSS JOIN LATERAL (
      SELECT sum(r.enrolled) AS enrolled, sum(r.in_progress) AS in_progress, sum(r.completed) AS completed,
             sum(r.enrolled - r.completed) FILTER (WHERE r.due_on < report_day($3)) AS overdue
      FROM report_rollup r WHERE r.org_unit_id = u.id AND ${FILTERS('r', 'r.enrolled_on')}) r
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
  LEFT JOIN staff s ON ${joinTarget('s')}
  LEFT JOIN figures f ON ${joinTarget('f')}
  LEFT JOIN overdue_today o ON ${joinTarget('o')}
  ORDER BY t.is_unit DESC, t.name`;

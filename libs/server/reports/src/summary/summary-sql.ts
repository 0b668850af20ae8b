/**
 * GET /reports/summary in one statement, read from the rollup (see the migration
 * 1764900000000-reports): the subtree's units, each tagged with the child of the asked unit it
 * falls under, and the rollup rows of those units summed per child and in all (GROUPING SETS).
 * Each unit's rows are one index range (LATERAL): the planner cannot see how few units a CTE
 * holds, and would otherwise scan the whole rollup. Learners are counted the same way, from an
 * index of active users by unit. Overdue is the rollup's open enrolments due before today, plus
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
    SELECT u.child_id, GROUPING(u.child_id) AS total, sum(n.learners)::int AS learners
    FROM units u CROSS JOIN LATERAL (SELECT count(*) AS learners FROM users p WHERE p.org_unit_id = u.id AND p.status = 'active') n
    GROUP BY GROUPING SETS ((u.child_id), ())),
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
  LEFT JOIN staff s ON CASE WHEN t.is_unit THEN s.total = 1 ELSE s.total = 0 AND s.child_id = t.id END
  LEFT JOIN figures f ON CASE WHEN t.is_unit THEN f.total = 1 ELSE f.total = 0 AND f.child_id = t.id END
  LEFT JOIN overdue_today o ON CASE WHEN t.is_unit THEN o.total = 1 ELSE o.total = 0 AND o.child_id = t.id END
  ORDER BY t.is_unit DESC, t.name`;

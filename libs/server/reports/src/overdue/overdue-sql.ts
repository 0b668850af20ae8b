/**
 * GET /reports/overdue in one statement: the open enrolments past their due date of the active
 * people in a unit's subtree, with the summary's filters, oldest due first, one page of them and
 * how many there are in all. The subtree is one range of org_units.path; each unit's people come
 * from the partial index of active users by unit, and their enrolments from (user_id, course_id),
 * unless the planner finds the partial index of open due dates narrower. The count and the page
 * read the same CTE, and the count is there even for a page past the end.
 *
 * Parameters: $1 unit, $2 locale, $3 now, then the filters, each null for none, as the summary's
 * (summary-sql.ts): $4 course, $5 category, $6 assignment, $7 from and $8 to (days enrolled,
 * Vientiane); $9 limit and $10 offset.
 */
export const OVERDUE_SQL = `
  WITH root AS (SELECT path FROM org_units WHERE id = $1),
  category_courses AS (
    SELECT c.id FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version WHERE v.category = $5::text),
  overdue AS (
    SELECT e.id, e.user_id, e.course_id, e.course_version, e.due_at, e.progress_percent, p.display_name, p.email, p.org_unit_id,
           CASE WHEN $2 = 'en' THEN ou.name_en ELSE ou.name_lo END AS unit_name
    FROM root
    JOIN org_units ou ON ou.path >= root.path AND ou.path < root.path || '~'
    JOIN users p ON p.org_unit_id = ou.id AND p.status = 'active'
    JOIN enrolments e ON e.user_id = p.id
    WHERE e.completed_at IS NULL AND e.due_at < $3
      AND ($4::uuid IS NULL OR e.course_id = $4::uuid)
      AND ($5::text IS NULL OR e.course_id IN (SELECT id FROM category_courses))
      AND ($6::uuid IS NULL OR e.assignment_id = $6::uuid)
      AND ($7::date IS NULL OR report_day(e.enrolled_at) >= $7::date)
      AND ($8::date IS NULL OR report_day(e.enrolled_at) <= $8::date))
  SELECT n.total, r.*
  FROM (SELECT count(*)::int AS total FROM overdue) n
  LEFT JOIN LATERAL (
    SELECT o.id AS "enrolmentId", o.user_id AS "userId", o.display_name AS "displayName", o.email,
           o.org_unit_id AS "orgUnitId", o.unit_name AS "orgUnitName", o.course_id AS "courseId", v.title AS "courseTitle",
           c.locale AS "courseLocale", o.due_at AS "dueAt", o.progress_percent AS "progressPercent"
    FROM overdue o
    JOIN courses c ON c.id = o.course_id
    JOIN course_versions v ON v.course_id = c.id AND v.version = COALESCE(c.published_version, o.course_version)
    ORDER BY o.due_at, o.display_name, o.id
    LIMIT $9 OFFSET $10) r ON TRUE
  ORDER BY r."dueAt", r."displayName", r."enrolmentId"`;

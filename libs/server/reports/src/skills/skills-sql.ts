import { joinTarget, SUBTREE_CTES } from '../subtree-sql';

/**
 * GET /reports/skills in one statement: for the asked unit and each child, and each competence
 * area ($3, every area), the active staff holding at least one completed course that names the
 * area in its published version. People are counted once per area however many such courses they
 * completed; each person is in one unit, so a unit's holders are its children's plus its own.
 * Completions are read from `report_facts` (as fresh as the rollup), one index range per unit.
 */
export const SKILLS_SQL = `
  WITH ${SUBTREE_CTES},
  course_areas AS (
    SELECT DISTINCT c.id AS course_id, x->>'area' AS area
    FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version
    CROSS JOIN LATERAL jsonb_array_elements(v.competences) x),
  holders AS (
    SELECT u.child_id, GROUPING(u.child_id) AS total, ca.area, count(DISTINCT f.user_id)::int AS holders
    FROM units u CROSS JOIN LATERAL (SELECT f.user_id, f.course_id FROM report_facts f WHERE f.org_unit_id = u.id AND f.completed) f
    JOIN course_areas ca ON ca.course_id = f.course_id
    GROUP BY GROUPING SETS ((u.child_id, ca.area), (ca.area)))
  SELECT t.id AS "orgUnitId", t.name, t.is_unit AS "isUnit", COALESCE(s.learners, 0) AS learners, a.area, COALESCE(h.holders, 0) AS holders
  FROM targets t CROSS JOIN unnest($3::text[]) WITH ORDINALITY AS a(area, n)
  LEFT JOIN staff s ON ${joinTarget('s')}
  LEFT JOIN holders h ON h.area = a.area AND ${joinTarget('h')}
  ORDER BY t.is_unit DESC, t.name, t.id, a.n`;

/**
 * The CTEs every rollup read starts from, with $1 the asked unit and $2 the locale:
 * - `targets`: the unit (is_unit) and its children, with their names;
 * - `units`: every unit of the subtree, tagged with the child it falls under (NULL: the unit's own);
 * - `staff`: active people per child and in all (total = 1), one index range per unit.
 * A read sums per `units.child_id` with GROUPING SETS ((child_id), ()) and joins back with
 * `JOIN_TARGET`, so that every figure of a unit is the sum of its children's and its own staff's.
 */
export const SUBTREE_CTES = `
  root AS (SELECT id, path FROM org_units WHERE id = $1),
  targets AS (
    SELECT ou.id, CASE WHEN $2 = 'en' THEN ou.name_en ELSE ou.name_lo END AS name, ou.path, ou.id = root.id AS is_unit
    FROM org_units ou, root WHERE ou.id = root.id OR ou.parent_id = root.id),
  units AS (
    SELECT ou.id, child.id AS child_id
    FROM org_units ou CROSS JOIN root
    LEFT JOIN targets child ON NOT child.is_unit AND ou.path >= child.path AND ou.path < child.path || '~'
    WHERE ou.path >= root.path AND ou.path < root.path || '~'),
  staff AS (
    SELECT u.child_id, GROUPING(u.child_id) AS total, sum(n.learners)::int AS learners
    FROM units u CROSS JOIN LATERAL (SELECT count(*) AS learners FROM users p WHERE p.org_unit_id = u.id AND p.status = 'active') n
    GROUP BY GROUPING SETS ((u.child_id), ()))`;

/** Joins a grouped CTE `x` (child_id, total) to the target row `t` it belongs to. */
export const joinTarget = (x: string) => `CASE WHEN t.is_unit THEN ${x}.total = 1 ELSE ${x}.total = 0 AND ${x}.child_id = t.id END`;

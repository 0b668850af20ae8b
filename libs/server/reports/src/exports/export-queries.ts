import { escapeLiteral } from 'pg';
import { COURSE_CATEGORIES, type ExportKind } from '@lms/contracts';
import type { ReportFilter } from '../report-filter';
import { EXPORT_CATALOGUE } from './export-catalogue';

export type ColumnType = 'text' | 'number' | 'time';

/** An export's columns, in order, with how the XLSX writer types each cell. */
export const EXPORT_COLUMNS: Record<ExportKind, readonly ColumnType[]> = {
  completions: ['text', 'text', 'text', 'text', 'text', 'text', 'time', 'time', 'time', 'number', 'text'],
  learners: ['text', 'text', 'text', 'text', 'number', 'number', 'number', 'number', 'time', 'number'],
  courses: ['text', 'text', 'number', 'number', 'number', 'number', 'number', 'number'],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Values are checked again here, and quoted by pg's own escaping, because COPY takes no parameters. */
function literal(value: string, shape: RegExp | readonly string[]): string {
  const ok = Array.isArray(shape) ? shape.includes(value) : (shape as RegExp).test(value);
  if (!ok) throw new Error(`Refusing an export filter value: ${JSON.stringify(value)}`);
  return escapeLiteral(value);
}

/**
 * The SELECT of one export: every text cell made inert by report_inert() and every time written
 * by report_time() (see the migration 1765000000000-report-exports), so that a CSV export is the
 * output of COPY (this query) TO STDOUT as it stands. It takes no bind parameters (COPY cannot),
 * so the filter is inlined, each value validated and escaped. Active people only, as the summary.
 */
export function exportQuery(kind: ExportKind, f: ReportFilter): string {
  const words = EXPORT_CATALOGUE[f.locale];
  const name = f.locale === 'en' ? 'name_en' : 'name_lo';
  const now = escapeLiteral(f.now.toISOString());
  const filters = [
    f.courseId && `e.course_id = ${literal(f.courseId, UUID)}`,
    f.category && `t.category = ${literal(f.category, COURSE_CATEGORIES)}`,
    f.assignmentId && `e.assignment_id = ${literal(f.assignmentId, UUID)}`,
    f.from && `report_day(e.enrolled_at) >= ${literal(f.from, DAY)}::date`,
    f.to && `report_day(e.enrolled_at) <= ${literal(f.to, DAY)}::date`,
  ].filter(Boolean);
  const where = filters.length ? filters.join(' AND ') : 'true';
  const open = `e.completed_at IS NULL`;
  const overdue = `(${open} AND e.due_at < ${now}::timestamptz)`;
  const inProgress = `(${open} AND e.started_at IS NOT NULL)`;
  const scope = `
    WITH root AS (SELECT path FROM org_units WHERE id = ${literal(f.orgUnitId, UUID)}),
    -- MATERIALIZED: computed once per unit, not once per row the unit's path is printed on.
    units AS MATERIALIZED (
      SELECT ou.id, (SELECT string_agg(a.${name}, ' / ' ORDER BY length(a.path)) FROM org_units a WHERE a.path = left(ou.path, length(a.path))) AS unit_path
      FROM org_units ou, root WHERE ou.path >= root.path AND ou.path < root.path || '~'),
    titles AS (SELECT c.id, v.title, v.category FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version)`;
  const people = `units un JOIN users u ON u.org_unit_id = un.id AND u.status = 'active'`;
  const person = `report_inert(u.employee_id), report_inert(u.display_name), report_inert(u.position), report_inert(un.unit_path)`;
  const certificate = `LEFT JOIN certificates c ON c.enrolment_id = e.id AND c.cycle = e.cycle AND c.revoked_at IS NULL`;

  switch (kind) {
    case 'completions':
      return `${scope}
        SELECT ${person}, report_inert(t.title),
               CASE WHEN e.completed_at IS NOT NULL THEN ${escapeLiteral(words.status.completed)} WHEN ${overdue} THEN ${escapeLiteral(words.status.overdue)}
                    WHEN e.started_at IS NOT NULL THEN ${escapeLiteral(words.status.inProgress)} ELSE ${escapeLiteral(words.status.notStarted)} END,
               report_time(e.enrolled_at), report_time(e.due_at), report_time(e.completed_at), c.score_percent, c.code
        FROM ${people} JOIN enrolments e ON e.user_id = u.id JOIN titles t ON t.id = e.course_id ${certificate}
        WHERE ${where}
        ORDER BY un.unit_path, u.display_name, u.id, t.title, e.id`;
    case 'learners':
      return `${scope}
        SELECT ${person}, count(e.id), count(e.completed_at), count(*) FILTER (WHERE ${inProgress}), count(*) FILTER (WHERE ${overdue}),
               report_time(max(e.completed_at)), count(c.id)
        FROM ${people}
        LEFT JOIN (enrolments e JOIN titles t ON t.id = e.course_id ${certificate}) ON e.user_id = u.id AND ${where}
        GROUP BY un.unit_path, u.id
        ORDER BY un.unit_path, u.display_name, u.id`;
    case 'courses': {
      const category = `CASE t.category ${COURSE_CATEGORIES.map((k) => `WHEN ${escapeLiteral(k)} THEN ${escapeLiteral(words.categories[k])}`).join(' ')} END`;
      return `${scope}
        SELECT report_inert(t.title), ${category}, count(*), count(e.completed_at), count(*) FILTER (WHERE ${inProgress}), count(*) FILTER (WHERE ${overdue}),
               round(count(e.completed_at)::numeric / count(*), 4), round(avg(c.score_percent), 2)
        FROM ${people} JOIN enrolments e ON e.user_id = u.id JOIN titles t ON t.id = e.course_id ${certificate}
        WHERE ${where}
        GROUP BY t.id, t.title, t.category
        ORDER BY t.title, t.id`;
    }
  }
}

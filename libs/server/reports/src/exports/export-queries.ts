import { escapeLiteral } from 'pg';
import { COURSE_CATEGORIES, type ExportKind } from '@lms/contracts';
import type { ReportFilter } from '../report-filter';
import { EXPORT_CATALOGUE, type ExportHeading } from './export-catalogue';

export type ColumnType = 'text' | 'number' | 'time';

/** One column of an export: its heading in the catalogue, how the XLSX writer types its cells, and the SQL that fills it. */
export interface ExportColumn {
  heading: ExportHeading;
  type: ColumnType;
  sql: string;
}

/** An export's SELECT and its columns, in the order the SELECT writes them (the one is made from the other). */
export interface ExportQuery {
  sql: string;
  columns: readonly ExportColumn[];
}

const column = (heading: ExportHeading, type: ColumnType, sql: string): ExportColumn => ({ heading, type, sql });

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
export function exportQuery(kind: ExportKind, f: ReportFilter): ExportQuery {
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
  const person = [
    column('employeeId', 'text', 'report_inert(u.employee_id)'),
    column('name', 'text', 'report_inert(u.display_name)'),
    column('position', 'text', 'report_inert(u.position)'),
    column('unit', 'text', 'report_inert(un.unit_path)'),
  ];
  /** The learners and courses exports count their enrolments the same way. */
  const tally = [
    column('completed', 'number', 'count(e.completed_at)'),
    column('inProgress', 'number', `count(*) FILTER (WHERE ${inProgress})`),
    column('overdue', 'number', `count(*) FILTER (WHERE ${overdue})`),
  ];
  const certificate = `LEFT JOIN certificates c ON c.enrolment_id = e.id AND c.cycle = e.cycle AND c.revoked_at IS NULL`;
  const select = (columns: ExportColumn[], rest: string): ExportQuery => ({ columns, sql: `${scope}\n    SELECT ${columns.map((c) => c.sql).join(', ')}\n${rest}` });

  switch (kind) {
    case 'completions': {
      const status = `CASE WHEN e.completed_at IS NOT NULL THEN ${escapeLiteral(words.status.completed)} WHEN ${overdue} THEN ${escapeLiteral(words.status.overdue)}
        WHEN e.started_at IS NOT NULL THEN ${escapeLiteral(words.status.inProgress)} ELSE ${escapeLiteral(words.status.notStarted)} END`;
      return select(
        [
          ...person,
          column('course', 'text', 'report_inert(t.title)'),
          column('status', 'text', status),
          column('enrolledAt', 'time', 'report_time(e.enrolled_at)'),
          column('dueAt', 'time', 'report_time(e.due_at)'),
          column('completedAt', 'time', 'report_time(e.completed_at)'),
          column('score', 'number', 'c.score_percent'),
          column('certificateCode', 'text', 'c.code'),
        ],
        `    FROM ${people} JOIN enrolments e ON e.user_id = u.id JOIN titles t ON t.id = e.course_id ${certificate}
    WHERE ${where}
    ORDER BY un.unit_path, u.display_name, u.id, t.title, e.id`,
      );
    }
    case 'learners':
      return select(
        [
          ...person,
          column('coursesEnrolled', 'number', 'count(e.id)'),
          ...tally,
          column('lastCompleted', 'time', 'report_time(max(e.completed_at))'),
          column('certificates', 'number', 'count(c.id)'),
        ],
        `    FROM ${people}
    LEFT JOIN (enrolments e JOIN titles t ON t.id = e.course_id ${certificate}) ON e.user_id = u.id AND ${where}
    GROUP BY un.unit_path, u.id
    ORDER BY un.unit_path, u.display_name, u.id`,
      );
    case 'courses': {
      const category = `CASE t.category ${COURSE_CATEGORIES.map((k) => `WHEN ${escapeLiteral(k)} THEN ${escapeLiteral(words.categories[k])}`).join(' ')} END`;
      return select(
        [
          column('course', 'text', 'report_inert(t.title)'),
          column('category', 'text', category),
          column('enrolled', 'number', 'count(*)'),
          ...tally,
          column('completionRate', 'number', 'round(count(e.completed_at)::numeric / count(*), 4)'),
          column('averageScore', 'number', 'round(avg(c.score_percent), 2)'),
        ],
        `    FROM ${people} JOIN enrolments e ON e.user_id = u.id JOIN titles t ON t.id = e.course_id ${certificate}
    WHERE ${where}
    GROUP BY t.id, t.title, t.category
    ORDER BY t.title, t.id`,
      );
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Any constant, the same in every process: one fold at a time, across all workers. */
const FOLD_LOCK = 0x4c414e45_0001;
const BATCH = 20_000;

/**
 * Folds the changes the triggers marked in `report_dirty` into `report_rollup` (the migration
 * 1764900000000-reports says why it is done this way). One statement does a batch: it takes the
 * marks, reads the marked enrolments as they are now and as they were last counted
 * (`report_facts`), moves the rollup by the difference and records the new facts. Being one
 * statement, it sees the marks and the rows they mark in one snapshot.
 */
@Injectable()
export class RollupFold {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Folds every change committed before the call; returns how many enrolments were recounted. */
  async fold(batch = BATCH): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.ds.transaction(async (m) => {
        await m.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [FOLD_LOCK]);
        const [{ recounted, marks }] = await m.query(FOLD_SQL, [batch]);
        await m.query(`DELETE FROM report_rollup WHERE enrolled = 0`);
        return { recounted: Number(recounted), marks: Number(marks) };
      });
      total += done.recounted;
      if (done.marks < batch) return total;
    }
  }
}

const KEY = 'org_unit_id, course_id, assignment_id, enrolled_on, due_on';

const FOLD_SQL = `
  WITH marks AS (
    DELETE FROM report_dirty WHERE id IN (SELECT id FROM report_dirty ORDER BY id LIMIT $1)
    RETURNING enrolment_id, user_id),
  ids AS (
    SELECT enrolment_id AS id FROM marks WHERE enrolment_id IS NOT NULL
    UNION SELECT e.id FROM enrolments e WHERE e.user_id = ANY (ARRAY(SELECT user_id FROM marks WHERE user_id IS NOT NULL))
    UNION SELECT f.enrolment_id FROM report_facts f WHERE f.user_id = ANY (ARRAY(SELECT user_id FROM marks WHERE user_id IS NOT NULL))),
  -- Every row is looked up by key, through = ANY (ARRAY(…)) or LATERAL … LIMIT 1: the planner cannot
  -- see how small a batch a CTE holds, and would otherwise join whole tables (a merge join read
  -- all of enrolments' and report_facts' user_id indexes for a batch that marked 50 people).
  was AS (SELECT f.* FROM ids CROSS JOIN LATERAL (SELECT * FROM report_facts f WHERE f.enrolment_id = ids.id LIMIT 1) f),
  fresh AS (
    SELECT x.* FROM ids CROSS JOIN LATERAL (
      SELECT e.id AS enrolment_id, e.user_id, u.org_unit_id, e.course_id, e.assignment_id,
             report_day(e.enrolled_at) AS enrolled_on, report_day(e.due_at) AS due_on,
             e.started_at IS NOT NULL AS started, e.completed_at IS NOT NULL AS completed
      FROM enrolments e JOIN users u ON u.id = e.user_id
      WHERE e.id = ids.id AND u.status = 'active' LIMIT 1) x),
  gone AS (DELETE FROM report_facts f WHERE f.enrolment_id = ANY (ARRAY(
           SELECT was.enrolment_id FROM was WHERE NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.enrolment_id = was.enrolment_id)))),
  kept AS (
    INSERT INTO report_facts SELECT * FROM fresh
    ON CONFLICT (enrolment_id) DO UPDATE SET user_id = EXCLUDED.user_id, org_unit_id = EXCLUDED.org_unit_id,
      course_id = EXCLUDED.course_id, assignment_id = EXCLUDED.assignment_id, enrolled_on = EXCLUDED.enrolled_on,
      due_on = EXCLUDED.due_on, started = EXCLUDED.started, completed = EXCLUDED.completed),
  diff AS (
    SELECT ${KEY}, sum(s)::int AS enrolled,
           COALESCE(sum(s) FILTER (WHERE started AND NOT completed), 0)::int AS in_progress,
           COALESCE(sum(s) FILTER (WHERE completed), 0)::int AS completed
    FROM (SELECT 1 AS s, * FROM fresh UNION ALL SELECT -1, * FROM was) x
    GROUP BY ${KEY}),
  moved AS (
    INSERT INTO report_rollup (${KEY}, enrolled, in_progress, completed)
    SELECT ${KEY}, enrolled, in_progress, completed FROM diff
    WHERE enrolled <> 0 OR in_progress <> 0 OR completed <> 0
    ON CONFLICT ON CONSTRAINT report_rollup_key DO UPDATE SET
      enrolled = report_rollup.enrolled + EXCLUDED.enrolled,
      in_progress = report_rollup.in_progress + EXCLUDED.in_progress,
      completed = report_rollup.completed + EXCLUDED.completed
    RETURNING 1)
  SELECT (SELECT count(*) FROM ids) AS recounted, (SELECT count(*) FROM marks) AS marks, (SELECT count(*) FROM moved) AS moved`;

import type { EntityManager } from 'typeorm';
import { enqueueInTransaction } from '@lms/server-core';
import type { ItemCompletion, ItemCompletionOutcome } from '../enrolments.repository';

interface EnrolmentRow {
  n: number;
  id: string;
  cycle: number;
  courseId: string;
  /** The version the item counts in: the latest published one for an unfinished cycle. */
  version: number;
  fromVersion: number;
  wasCompleted: boolean;
  enrolledAt: Date;
  recurrenceMonths: number | null;
  inVersion: boolean;
}

/**
 * Records many item completions in the caller's transaction, in a fixed number of statements
 * whatever their count (a grading batch of a hundred passed quizzes costs what one does):
 *
 * 1. lock the enrolments, in id order so that two batches never deadlock, and read each one's
 *    cycle and the version the item counts in (an unfinished cycle moves to the newest published
 *    version; items keep their ids across versions, so what was done still counts);
 * 2. move those enrolments to that version;
 * 3. insert the completions (a second one of the same item changes nothing);
 * 4. recompute each enrolment's progress, completing the cycle when every item is done;
 * 5. for the cycles that completed: the completion record, the course-completed event and the
 *    certificate's issue request.
 */
export async function completeItemsIn(m: EntityManager, items: ItemCompletion[], now: Date): Promise<ItemCompletionOutcome[]> {
  if (!items.length) return [];
  const rows: EnrolmentRow[] = await m.query(
    `WITH i AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(n int, user_id uuid, course_id uuid, item_id uuid)),
     e AS (
       SELECT i.n, e.id, e.cycle, e.course_id AS "courseId", e.course_version AS "fromVersion", e.completed_at IS NOT NULL AS "wasCompleted",
              e.enrolled_at AS "enrolledAt", a.recurrence_months AS "recurrenceMonths", i.item_id,
              CASE WHEN e.completed_at IS NULL AND c.published_version > e.course_version THEN c.published_version ELSE e.course_version END AS version
       FROM i JOIN enrolments e ON e.user_id = i.user_id AND e.course_id = i.course_id
       JOIN courses c ON c.id = e.course_id LEFT JOIN assignments a ON a.id = e.assignment_id
       ORDER BY e.id FOR UPDATE OF e)
     SELECT e.n, e.id, e.cycle, e."courseId", e.version, e."fromVersion", e."wasCompleted", e."enrolledAt", e."recurrenceMonths",
            EXISTS (SELECT 1 FROM course_item_revisions r WHERE r.item_id = e.item_id AND r.course_id = e."courseId" AND r.version = e.version) AS "inVersion"
     FROM e`,
    [JSON.stringify(items.map((it, n) => ({ n, user_id: it.userId, course_id: it.courseId, item_id: it.itemId })))],
  );
  const byInput = new Map(rows.map((r) => [r.n, r]));
  const enrolments = new Map(rows.map((r) => [r.id, r]));

  const moved = [...enrolments.values()].filter((e) => e.version !== e.fromVersion);
  if (moved.length) {
    await m.query(`UPDATE enrolments e SET course_version = x.version FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, version int) WHERE e.id = x.id`, [
      JSON.stringify(moved.map((e) => ({ id: e.id, version: e.version }))),
    ]);
  }

  const counted = items.flatMap((it, n) => {
    const e = byInput.get(n);
    if (!e?.inVersion) return [];
    // An offline completion keeps its own time, but never before the enrolment nor in the future.
    const doneAt = new Date(Math.min(now.getTime(), Math.max(it.at.getTime(), new Date(e.enrolledAt).getTime())));
    return [{ enrolment_id: e.id, cycle: e.cycle, item_id: it.itemId, course_version: e.version, completed_at: doneAt.toISOString() }];
  });
  if (!counted.length) return items.map((_, n) => (byInput.has(n) ? 'not-in-version' : 'not-enrolled'));
  const fresh: { enrolment_id: string; cycle: number; item_id: string }[] = await m.query(
    `INSERT INTO item_completions (enrolment_id, cycle, item_id, course_version, completed_at)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(enrolment_id uuid, cycle int, item_id uuid, course_version int, completed_at timestamptz)
     ON CONFLICT DO NOTHING RETURNING enrolment_id, cycle, item_id`,
    [JSON.stringify(counted)],
  );
  // Each new completion is also a learning record in the LRS.
  await enqueueInTransaction(
    m,
    fresh.map((c) => ({ name: 'xapi.record-learning' as const, payload: { event: 'item-completed' as const, enrolmentId: c.enrolment_id, cycle: c.cycle, itemId: c.item_id }, jobId: `xapi-item.${c.enrolment_id}.${c.cycle}.${c.item_id}` })),
  );

  const touched = [...new Set(counted.map((c) => c.enrolment_id))].map((id) => enrolments.get(id)!);
  const completed: { id: string; cycle: number }[] = await m.query(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, cycle int, course_id uuid, version int, was_completed boolean, recurrence_months int)),
     p AS (
       SELECT x.id, x.recurrence_months, count(r.item_id)::int AS required, count(ic.item_id)::int AS done, bool_or(x.was_completed) AS was_completed
       FROM x LEFT JOIN course_item_revisions r ON r.course_id = x.course_id AND r.version = x.version
       LEFT JOIN item_completions ic ON ic.item_id = r.item_id AND ic.enrolment_id = x.id AND ic.cycle = x.cycle
       GROUP BY x.id, x.recurrence_months),
     q AS (SELECT p.*, NOT p.was_completed AND p.required > 0 AND p.done = p.required AS completing FROM p),
     u AS (
       UPDATE enrolments e SET progress_percent = CASE WHEN q.required = 0 THEN 0 ELSE (q.done * 100) / q.required END,
         started_at = COALESCE(e.started_at, now()),
         completed_at = CASE WHEN q.completing THEN now() ELSE e.completed_at END,
         expires_at = CASE WHEN q.completing AND q.recurrence_months IS NOT NULL THEN now() + make_interval(months => q.recurrence_months) ELSE e.expires_at END
       FROM q WHERE e.id = q.id
       RETURNING e.id, e.cycle, q.completing)
     SELECT id, cycle FROM u WHERE completing`,
    [JSON.stringify(touched.map((e) => ({ id: e.id, cycle: e.cycle, course_id: e.courseId, version: e.version, was_completed: e.wasCompleted, recurrence_months: e.recurrenceMonths })))],
  );
  if (completed.length) {
    await m.query(
      `INSERT INTO enrolment_completions (enrolment_id, cycle, course_version, completed_at, expires_at)
       SELECT id, cycle, course_version, completed_at, expires_at FROM enrolments WHERE id = ANY($1::uuid[]) ON CONFLICT DO NOTHING`,
      [completed.map((c) => c.id)],
    );
    // The completion event has three consumers, each with its own job: the learner hears of it, the certificate is issued, and the LRS records it.
    await enqueueInTransaction(
      m,
      completed.flatMap(({ id, cycle }) => [
        { name: 'enrolments.course-completed' as const, payload: { enrolmentId: id, cycle }, jobId: `course-completed.${id}.${cycle}` },
        { name: 'certificates.issue' as const, payload: { enrolmentId: id, cycle }, jobId: `certificate.${id}.${cycle}` },
        { name: 'xapi.record-learning' as const, payload: { event: 'course-completed' as const, enrolmentId: id, cycle }, jobId: `xapi-course.${id}.${cycle}` },
      ]),
    );
  }

  // Only the first input of a cycle that completed reports it, as if the items came one by one.
  const reported = new Set<string>();
  const completing = new Set(completed.map((c) => c.id));
  return items.map((_, n) => {
    const e = byInput.get(n);
    if (!e) return 'not-enrolled';
    if (!e.inVersion) return 'not-in-version';
    const courseCompleted = completing.has(e.id) && !reported.has(e.id);
    if (courseCompleted) reported.add(e.id);
    return { enrolmentId: e.id, courseCompleted };
  });
}

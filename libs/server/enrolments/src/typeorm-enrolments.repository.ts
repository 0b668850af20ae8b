import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AssignmentView, CourseEnrolment, EnrolmentStatus, EnrolmentView } from '@lms/contracts';
import { enqueueInTransaction } from '@lms/server-core';
import { scopeCondition, type OrgScope } from '@lms/server-org';
import { EnrolmentsRepository, type ItemCompletion, type ItemCompletionOutcome, type NewAssignment } from './enrolments.repository';
import { completeItemsIn } from './progress/complete-items';
import { ENROLMENT_ORDER, ENROLMENT_VIEW_SELECT, notifyAssigned, RULE_DUE, RULE_FROM, RULE_MATCH, ruleFrom } from './progress/enrolment-sql';

const BATCH = 5000;
/** Puts the request's clock into shared SQL as a numbered parameter. */
const at = (sql: string, n: number) => sql.replaceAll('$NOW', `$${n}::timestamptz`);

type ViewRow = Omit<EnrolmentView, 'status' | 'dueAt' | 'completedAt' | 'enrolledAt' | 'expiresAt'> & {
  dueAt: Date | null;
  completedAt: Date | null;
  enrolledAt: Date;
  expiresAt: Date | null;
  startedAt: Date | null;
};

function statusOf(row: { completedAt: Date | null; startedAt: Date | null }): EnrolmentStatus {
  return row.completedAt ? 'completed' : row.startedAt ? 'in_progress' : 'not_started';
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function toView(row: ViewRow): EnrolmentView {
  return {
    id: row.id,
    course: row.course,
    status: statusOf(row),
    progressPercent: row.progressPercent,
    dueAt: iso(row.dueAt),
    completedAt: iso(row.completedAt),
    certificateId: row.certificateId,
    overdue: row.overdue,
    mandatory: row.mandatory,
    enrolledAt: iso(row.enrolledAt)!,
    cycle: row.cycle,
    expiresAt: iso(row.expiresAt),
    history: row.history.map((h) => ({ cycle: h.cycle, completedAt: iso(h.completedAt)!, expiresAt: iso(h.expiresAt) })),
  };
}

@Injectable()
export class TypeOrmEnrolmentsRepository extends EnrolmentsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async enrol(userId: string, courseId: string): Promise<{ enrolmentId: string; created: boolean }> {
    const inserted: { id: string }[] = await this.ds.query(
      `INSERT INTO enrolments (user_id, course_id, course_version)
       SELECT $1, c.id, c.published_version FROM courses c WHERE c.id = $2 AND c.status = 'published'
       ON CONFLICT (user_id, course_id) DO NOTHING RETURNING id`,
      [userId, courseId],
    );
    if (inserted.length) return { enrolmentId: inserted[0].id, created: true };
    const [existing] = await this.ds.query(`SELECT id FROM enrolments WHERE user_id = $1 AND course_id = $2`, [userId, courseId]);
    return { enrolmentId: existing.id, created: false };
  }

  completeItems(items: ItemCompletion[], now: Date, m?: EntityManager): Promise<ItemCompletionOutcome[]> {
    return m ? completeItemsIn(m, items, now) : this.ds.transaction((tx) => completeItemsIn(tx, items, now));
  }

  async view(enrolmentId: string, now: Date): Promise<EnrolmentView> {
    const [row] = await this.ds.query(`${at(ENROLMENT_VIEW_SELECT, 2)} WHERE e.id = $1`, [enrolmentId, now]);
    return toView(row);
  }

  async mine(userId: string, now: Date): Promise<EnrolmentView[]> {
    const rows: ViewRow[] = await this.ds.query(`${at(ENROLMENT_VIEW_SELECT, 2)} WHERE e.user_id = $1 ${at(ENROLMENT_ORDER, 2)}`, [userId, now]);
    return rows.map(toView);
  }

  async forCourse(userId: string, courseId: string, now: Date): Promise<CourseEnrolment | null> {
    const [row] = await this.ds.query(
      `SELECT e.id, e.progress_percent AS "progressPercent", e.due_at AS "dueAt", e.completed_at AS "completedAt", e.started_at AS "startedAt",
              (e.completed_at IS NULL AND e.due_at IS NOT NULL AND e.due_at < $3) AS overdue,
              ARRAY(SELECT ic.item_id FROM item_completions ic WHERE ic.enrolment_id = e.id AND ic.cycle = e.cycle) AS "completedItemIds"
       FROM enrolments e WHERE e.user_id = $1 AND e.course_id = $2`,
      [userId, courseId, now],
    );
    if (!row) return null;
    return { id: row.id, status: statusOf(row), progressPercent: row.progressPercent, dueAt: iso(row.dueAt), completedAt: iso(row.completedAt), overdue: row.overdue, completedItemIds: row.completedItemIds };
  }

  createAssignment(a: NewAssignment): Promise<{ assignmentId: string; matched: number; alreadyEnrolled: number }> {
    return this.ds.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO assignments (course_id, org_unit_id, by_org, position, user_ids, due_at, due_in_days, recurrence_months, created_by)
         VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7, $8, $9) RETURNING id`,
        [a.courseId, a.orgUnitId, a.byOrg, a.position, a.userIds, a.dueAt, a.dueInDays, a.recurrenceMonths, a.createdBy],
      );
      const [counts] = await m.query(
        `SELECT count(*)::int AS matched, count(e.id)::int AS "alreadyEnrolled"
         FROM ${RULE_FROM}
         LEFT JOIN enrolments e ON e.user_id = u.id AND e.course_id = a.course_id
         WHERE a.id = $1 AND ${RULE_MATCH}`,
        [id],
      );
      await enqueueInTransaction(m, [{ name: 'enrolments.apply-assignment', payload: { assignmentId: id }, jobId: `apply-assignment.${id}` }]);
      return { assignmentId: id, ...counts };
    });
  }

  async remind(userId: string, courseId: string, sentBy: string, now: Date): Promise<'sent' | 'not-enrolled' | 'completed' | 'reminded-today'> {
    const [enrolment] = await this.ds.query(`SELECT id, due_at AS "dueAt", completed_at AS "completedAt" FROM enrolments WHERE user_id = $1 AND course_id = $2`, [userId, courseId]);
    if (!enrolment) return 'not-enrolled';
    if (enrolment.completedAt) return 'completed';
    const dueAt: Date | null = enrolment.dueAt;
    const kind = !dueAt ? 'course_assigned' : dueAt <= now ? 'overdue' : 'due_soon';
    const day = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const rows = await this.ds.query(
      `INSERT INTO notifications (user_id, kind, params, dedupe_key)
       VALUES ($1, $2, jsonb_build_object('courseId', $3::uuid, 'enrolmentId', $4::uuid, 'dueAt', $5::timestamptz, 'sentBy', $6::uuid), $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [userId, kind, courseId, enrolment.id, dueAt, sentBy, `reminder.${enrolment.id}.${day}`],
    );
    return rows.length ? 'sent' : 'reminded-today';
  }

  async previewAssignment(rule: Omit<NewAssignment, 'createdBy'>): Promise<{ matched: number; alreadyEnrolled: number }> {
    // RULE_MATCH over the rule as it would be stored: the same people `createAssignment` counts.
    const [counts] = await this.ds.query(
      `SELECT count(*)::int AS matched, count(e.id)::int AS "alreadyEnrolled"
       FROM ${ruleFrom('(SELECT $1::uuid AS course_id, $2::uuid AS org_unit_id, $3::boolean AS by_org, $4::text AS position, $5::uuid[] AS user_ids) a')}
       LEFT JOIN enrolments e ON e.user_id = u.id AND e.course_id = a.course_id
       WHERE ${RULE_MATCH}`,
      [rule.courseId, rule.orgUnitId, rule.byOrg, rule.position, rule.userIds],
    );
    return counts;
  }

  async applyAssignment(assignmentId: string, batchSize = BATCH): Promise<{ inserted: number }> {
    let cursor = '00000000-0000-0000-0000-000000000000';
    let inserted = 0;
    for (;;) {
      const [batch] = await this.ds.query(
        at(
          `WITH target AS (
             SELECT u.id, a.id AS assignment_id, a.course_id, ${RULE_DUE} AS due_at
             FROM ${RULE_FROM}
             WHERE a.id = $1 AND a.ended_at IS NULL AND u.id > $2 AND ${RULE_MATCH}
             ORDER BY u.id LIMIT $3),
           course AS (SELECT c.id, c.published_version FROM courses c JOIN target t ON t.course_id = c.id WHERE c.status = 'published' LIMIT 1),
           ins AS (
             INSERT INTO enrolments (user_id, course_id, course_version, assignment_id, due_at)
             SELECT t.id, course.id, course.published_version, t.assignment_id, t.due_at FROM target t, course
             ON CONFLICT (user_id, course_id) DO NOTHING
             RETURNING id, user_id, course_id, due_at, cycle),
           adopted AS (
             UPDATE enrolments e SET assignment_id = t.assignment_id, due_at = CASE WHEN e.completed_at IS NULL THEN t.due_at ELSE e.due_at END
             FROM target t WHERE e.user_id = t.id AND e.course_id = t.course_id AND e.assignment_id IS NULL),
           notified AS (
             ${notifyAssigned('ins')})
           SELECT (SELECT count(*)::int FROM target) AS matched, (SELECT count(*)::int FROM ins) AS inserted,
                  (SELECT id FROM target ORDER BY id DESC LIMIT 1) AS last`,
          4,
        ),
        [assignmentId, cursor, batchSize, new Date()],
      );
      inserted += batch.inserted;
      if (batch.matched < batchSize) return { inserted };
      cursor = batch.last;
    }
  }

  async applyRulesForUsers(userIds: string[]): Promise<{ inserted: number }> {
    if (!userIds.length) return { inserted: 0 };
    const [row] = await this.ds.query(
      at(
        `WITH target AS (
           SELECT DISTINCT ON (u.id, a.course_id) u.id, a.id AS assignment_id, a.course_id, ${RULE_DUE} AS due_at
           FROM ${RULE_FROM}
           JOIN courses c ON c.id = a.course_id AND c.status = 'published'
           WHERE u.id = ANY ($1::uuid[]) AND a.ended_at IS NULL AND ${RULE_MATCH}
           ORDER BY u.id, a.course_id, a.created_at),
         ins AS (
           INSERT INTO enrolments (user_id, course_id, course_version, assignment_id, due_at)
           SELECT t.id, t.course_id, c.published_version, t.assignment_id, t.due_at FROM target t JOIN courses c ON c.id = t.course_id
           ON CONFLICT (user_id, course_id) DO NOTHING
           RETURNING id, user_id, course_id, due_at, cycle),
         notified AS (
           ${notifyAssigned('ins')})
         SELECT count(*)::int AS inserted FROM ins`,
        2,
      ),
      [userIds, new Date()],
    );
    return { inserted: row.inserted };
  }

  async reopenExpired(now: Date): Promise<{ reopened: number }> {
    const [row] = await this.ds.query(
      `WITH reopened AS (
         UPDATE enrolments e SET cycle = e.cycle + 1, completed_at = NULL, started_at = NULL, progress_percent = 0,
           course_version = c.published_version, expires_at = NULL,
           due_at = e.expires_at + make_interval(days => COALESCE(a.due_in_days, 30))
         FROM assignments a, courses c
         WHERE a.id = e.assignment_id AND c.id = e.course_id AND a.ended_at IS NULL AND a.recurrence_months IS NOT NULL
           AND c.status = 'published' AND e.completed_at IS NOT NULL AND e.expires_at <= $1
         RETURNING e.id, e.user_id, e.course_id, e.due_at, e.cycle),
       notified AS (
         ${notifyAssigned('reopened')})
       SELECT count(*)::int AS reopened FROM reopened`,
      [now],
    );
    return row;
  }

  async assignments(filter: { scope: { rootId: string; createdBy: string } | null; offset: number; limit: number }): Promise<{ items: AssignmentView[]; total: number }> {
    const scope = filter.scope
      ? `(a.org_unit_id IS NOT NULL AND EXISTS (SELECT 1 FROM org_units s, org_units t WHERE s.id = $3 AND t.id = a.org_unit_id AND t.path >= s.path AND t.path < s.path || '~')
         OR a.created_by = $4)`
      : 'TRUE';
    const params: unknown[] = [filter.limit, filter.offset];
    if (filter.scope) params.push(filter.scope.rootId, filter.scope.createdBy);
    const rows = await this.ds.query(
      `SELECT a.id, a.course_id AS "courseId", v.title AS "courseTitle", a.org_unit_id AS "orgUnitId", a.position, a.user_ids AS "userIds",
              a.due_at AS "dueAt", a.due_in_days AS "dueInDays", a.recurrence_months AS "recurrenceMonths", a.created_by AS "createdBy",
              a.created_at AS "createdAt", a.ended_at AS "endedAt",
              (SELECT count(*)::int FROM enrolments e WHERE e.assignment_id = a.id) AS enrolled,
              (SELECT count(*)::int FROM enrolments e WHERE e.assignment_id = a.id AND e.completed_at IS NOT NULL) AS completed,
              count(*) OVER ()::int AS total
       FROM assignments a JOIN courses c ON c.id = a.course_id JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version
       WHERE ${scope}
       ORDER BY a.created_at DESC, a.id LIMIT $1 OFFSET $2`,
      params,
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map(({ total: _total, ...r }: AssignmentView & { total: number }) => ({ ...r, dueAt: iso(r.dueAt), createdAt: iso(r.createdAt)!, endedAt: iso(r.endedAt) })),
    };
  }

  async findAssignment(id: string): Promise<{ id: string; orgUnitId: string | null; createdBy: string; userIds: string[] } | null> {
    const [row] = await this.ds.query(`SELECT id, org_unit_id AS "orgUnitId", created_by AS "createdBy", user_ids AS "userIds" FROM assignments WHERE id = $1`, [id]);
    return row ?? null;
  }

  async endAssignment(id: string, when: Date): Promise<void> {
    await this.ds.query(`UPDATE assignments SET ended_at = COALESCE(ended_at, $2) WHERE id = $1`, [id, when]);
  }

  async usersInScope(scope: OrgScope, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const condition = scopeCondition(scope, 'u.org_unit_id');
    const rows: { id: string }[] = await this.ds
      .createQueryBuilder()
      .select('u.id', 'id')
      .from('users', 'u')
      .where('u.id IN (:...ids)', { ids: userIds })
      .andWhere(condition.sql, condition.params)
      .getRawMany();
    return new Set(rows.map((r) => r.id));
  }
}

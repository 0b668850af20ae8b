import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationView } from '@lms/contracts';
import { NotificationsRepository, type DigestLine, type DigestRecipient } from './notifications.repository';

/** Digests count days as people in Laos do. */
const TODAY = `($1::timestamptz AT TIME ZONE 'Asia/Vientiane')::date`;
const COURSE_TITLE = `(SELECT v.title FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version WHERE c.id = (n.params->>'courseId')::uuid)`;

@Injectable()
export class TypeOrmNotificationsRepository extends NotificationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async mine(userId: string, filter: { unreadOnly: boolean; offset: number; limit: number }): Promise<{ items: NotificationView[]; total: number; unread: number }> {
    const rows = await this.ds.query(
      `SELECT n.id, n.kind, n.params->>'courseId' AS "courseId", ${COURSE_TITLE} AS "courseTitle", n.params->>'dueAt' AS "dueAt",
              n.params->>'exportId' AS "exportId", n.params->>'expiresAt' AS "expiresAt",
              n.created_at AS "createdAt", (n.read_at IS NOT NULL) AS read, count(*) OVER ()::int AS total
       FROM notifications n WHERE n.user_id = $1 AND ($2 = false OR n.read_at IS NULL)
       ORDER BY n.created_at DESC, n.id LIMIT $3 OFFSET $4`,
      [userId, filter.unreadOnly, filter.limit, filter.offset],
    );
    const [{ unread }] = await this.ds.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return {
      total: rows[0]?.total ?? 0,
      unread,
      items: rows.map(({ total: _t, ...r }: NotificationView & { total: number; createdAt: Date }) => ({
        ...r,
        dueAt: r.dueAt ? new Date(r.dueAt).toISOString() : null,
        expiresAt: r.expiresAt ? new Date(r.expiresAt).toISOString() : null,
        createdAt: new Date(r.createdAt).toISOString(),
      })),
    };
  }

  async markRead(userId: string, id: string, at: Date): Promise<boolean> {
    const rows = await this.ds.query(`UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING id`, [id, userId, at]);
    return (rows[0] as unknown[]).length > 0;
  }

  async markAllRead(userId: string, at: Date): Promise<void> {
    await this.ds.query(`UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`, [userId, at]);
  }

  async courseCompleted(enrolmentId: string, cycle: number): Promise<void> {
    await this.ds.query(
      `INSERT INTO notifications (user_id, kind, params, dedupe_key)
       SELECT e.user_id, 'course_completed', jsonb_build_object('courseId', e.course_id, 'enrolmentId', e.id), 'completed.' || e.id || '.' || $2
       FROM enrolments e WHERE e.id = $1
       ON CONFLICT DO NOTHING`,
      [enrolmentId, cycle],
    );
  }

  async remindDue(now: Date): Promise<{ dueSoon: number; overdue: number }> {
    const remind = async (kind: 'due_soon' | 'overdue', key: string, window: string) => {
      const rows = await this.ds.query(
        `INSERT INTO notifications (user_id, kind, params, dedupe_key)
         SELECT e.user_id, $2, jsonb_build_object('courseId', e.course_id, 'enrolmentId', e.id, 'dueAt', e.due_at), $3 || '.' || e.id || '.' || e.cycle
         FROM enrolments e JOIN users u ON u.id = e.user_id AND u.status = 'active'
         WHERE e.completed_at IS NULL AND ${window}
         ON CONFLICT DO NOTHING RETURNING id`,
        [now, kind, key],
      );
      return rows.length;
    };
    return {
      dueSoon: await remind('due_soon', 'due-soon', `e.due_at > $1 AND e.due_at <= $1::timestamptz + interval '7 days'`),
      overdue: await remind('overdue', 'overdue', `e.due_at <= $1`),
    };
  }

  digestRecipients(now: Date, limit: number): Promise<DigestRecipient[]> {
    return this.ds.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.locale
       FROM users u
       WHERE u.status = 'active' AND NOT u.email_opt_out
         AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.emailed_at IS NULL)
         AND NOT EXISTS (SELECT 1 FROM email_digests d WHERE d.user_id = u.id AND d.sent_on = ${TODAY})
       ORDER BY u.id LIMIT $2`,
      [now, limit],
    );
  }

  sendDigest(userId: string, now: Date, send: (lines: DigestLine[]) => Promise<void>): Promise<number | null> {
    return this.ds.transaction(async (m) => {
      const claimed = await m.query(`INSERT INTO email_digests (user_id, sent_on) VALUES ($2, ${TODAY}) ON CONFLICT DO NOTHING RETURNING user_id`, [now, userId]);
      if (!claimed.length) return null;
      const lines: (DigestLine & { id: string })[] = await m.query(
        `SELECT n.id, n.kind, ${COURSE_TITLE} AS "courseTitle", (COALESCE(n.params->>'dueAt', n.params->>'expiresAt'))::timestamptz AS "dueAt"
         FROM notifications n WHERE n.user_id = $1 AND n.emailed_at IS NULL ORDER BY n.created_at FOR UPDATE`,
        [userId],
      );
      if (!lines.length) return null;
      await m.query(`UPDATE notifications SET emailed_at = $2 WHERE id = ANY ($1::uuid[])`, [lines.map((l) => l.id), now]);
      await send(lines);
      return lines.length;
    });
  }
}

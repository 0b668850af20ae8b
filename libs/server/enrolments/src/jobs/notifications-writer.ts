import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Writes in-app notifications; each cause has a key, so a job that runs twice notifies once. */
@Injectable()
export class NotificationsWriter {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async courseCompleted(enrolmentId: string, cycle: number): Promise<void> {
    await this.ds.query(
      `INSERT INTO notifications (user_id, kind, params, dedupe_key)
       SELECT e.user_id, 'course_completed', jsonb_build_object('courseId', e.course_id, 'enrolmentId', e.id), 'completed.' || e.id || '.' || $2
       FROM enrolments e WHERE e.id = $1
       ON CONFLICT DO NOTHING`,
      [enrolmentId, cycle],
    );
  }
}

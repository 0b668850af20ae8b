import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ScormRepository, type NewScormPackage, type ScormAttemptRecord, type ScormCommitRow, type ScormItemPlacement, type ScormPackageRecord } from './scorm.repository';

// The launched item is the first SCO, else the first asset (parse-manifest.ts): an asset when there is no SCO.
const PACKAGE_COLUMNS = `id, course_id AS "courseId", title, launch_path AS "launchPath", launch_parameters AS "launchParameters",
  CASE WHEN manifest->'scos' @> '[{"scormType":"sco"}]' THEN 'sco' ELSE 'asset' END AS "launchType",
  mastery_score AS "masteryScore", files, size_bytes::int AS "sizeBytes"`;
const ATTEMPT_COLUMNS = `cmi, seq::float8 AS seq, lesson_status AS "lessonStatus", score_raw::float8 AS "scoreRaw"`;

@Injectable()
export class TypeOrmScormRepository extends ScormRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async insertPackage(p: NewScormPackage, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `INSERT INTO scorm_packages (id, course_id, title, launch_path, launch_parameters, mastery_score, manifest, files, size_bytes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10)`,
      [p.id, p.courseId, p.title, p.launchPath, p.launchParameters, p.masteryScore, JSON.stringify(p.manifest), JSON.stringify(p.files), p.sizeBytes, p.createdBy],
    );
  }

  async deletePackage(id: string): Promise<void> {
    await this.ds.query(`DELETE FROM scorm_packages WHERE id = $1`, [id]);
  }

  async findPackage(id: string): Promise<ScormPackageRecord | null> {
    const [row] = await this.ds.query(`SELECT ${PACKAGE_COLUMNS} FROM scorm_packages WHERE id = $1`, [id]);
    return row ?? null;
  }

  async itemCompleted(enrolmentId: string, cycle: number, itemId: string): Promise<boolean> {
    const rows = await this.ds.query(`SELECT 1 FROM item_completions WHERE enrolment_id = $1 AND cycle = $2 AND item_id = $3`, [enrolmentId, cycle, itemId]);
    return rows.length > 0;
  }

  packageSizesInVersion(courseId: string, version: number): Promise<{ id: string; sizeBytes: number }[]> {
    return this.ds.query(
      `SELECT r.item_id AS id, p.size_bytes::int AS "sizeBytes"
       FROM course_item_revisions r
       JOIN course_items i ON i.id = r.item_id AND i.kind = 'scorm'
       JOIN scorm_packages p ON p.id::text = r.settings->>'scormPackageId'
       WHERE r.course_id = $1 AND r.version = $2
       ORDER BY r.module_id, r.position`,
      [courseId, version],
    );
  }

  async itemInVersion(itemId: string, version: number): Promise<ScormItemPlacement | null> {
    const [row] = await this.ds.query(
      `SELECT r.settings->>'scormPackageId' AS "packageId", r.title, r.module_id AS "moduleId", r.position
       FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = 'scorm'
       WHERE r.item_id = $1 AND r.version = $2 AND r.settings ? 'scormPackageId'`,
      [itemId, version],
    );
    return row ?? null;
  }

  async enrolment(userId: string, courseId: string) {
    const [row] = await this.ds.query(`SELECT id, cycle FROM enrolments WHERE user_id = $1 AND course_id = $2`, [userId, courseId]);
    return row ?? null;
  }

  async attempt(enrolmentId: string, cycle: number, itemId: string): Promise<ScormAttemptRecord | null> {
    const [row] = await this.ds.query(`SELECT ${ATTEMPT_COLUMNS} FROM scorm_attempts WHERE enrolment_id = $1 AND cycle = $2 AND item_id = $3`, [enrolmentId, cycle, itemId]);
    return row ?? null;
  }

  saveCommit<T>(c: ScormCommitRow, after: (m: EntityManager, current: ScormAttemptRecord, saved: boolean) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      // One row per attempt; a commit that arrives after a later one (seq) changes nothing.
      const saved: ScormAttemptRecord[] = await m.query(
        `INSERT INTO scorm_attempts AS a (enrolment_id, cycle, item_id, package_id, cmi, seq, lesson_status, score_raw, suspend_data, first_committed_at, committed_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $10)
         ON CONFLICT (enrolment_id, cycle, item_id) DO UPDATE SET
           package_id = EXCLUDED.package_id, cmi = EXCLUDED.cmi, seq = EXCLUDED.seq, lesson_status = EXCLUDED.lesson_status,
           score_raw = EXCLUDED.score_raw, suspend_data = EXCLUDED.suspend_data, committed_at = EXCLUDED.committed_at,
           commits = a.commits + 1, saved_at = now()
         WHERE a.seq < EXCLUDED.seq
         RETURNING ${ATTEMPT_COLUMNS}`,
        [c.enrolmentId, c.cycle, c.itemId, c.packageId, JSON.stringify(c.cmi), c.seq, c.lessonStatus, c.scoreRaw, c.suspendData, c.committedAt],
      );
      if (saved.length) {
        // Opening an activity starts the course, as far as "in progress" goes.
        await m.query(`UPDATE enrolments SET started_at = GREATEST($2::timestamptz, enrolled_at) WHERE id = $1 AND started_at IS NULL`, [c.enrolmentId, c.committedAt]);
        return after(m, saved[0], true);
      }
      const [current] = await m.query(`SELECT ${ATTEMPT_COLUMNS} FROM scorm_attempts WHERE enrolment_id = $1 AND cycle = $2 AND item_id = $3`, [c.enrolmentId, c.cycle, c.itemId]);
      return after(m, current, false);
    });
  }
}

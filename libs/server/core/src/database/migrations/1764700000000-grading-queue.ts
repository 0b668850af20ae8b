import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The attempts waiting to be graded, oldest first: a grading batch takes them from this index
 * (FOR UPDATE SKIP LOCKED), so finding a batch does not scan every attempt ever made.
 */
export class GradingQueue1764700000000 implements MigrationInterface {
  name = 'GradingQueue1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX quiz_attempts_submitted_idx ON quiz_attempts (submitted_at) WHERE status = 'submitted'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX quiz_attempts_submitted_idx`);
  }
}

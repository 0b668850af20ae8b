import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skills coverage: the share of a unit's staff holding at least one completed course in each
 * competence area, against a target share per area that admins set (the national plan speaks of
 * such targets; 0.7 until someone decides). Holders are read from `report_facts`, the rollup's
 * per-enrolment record, through an index of completed enrolments by unit.
 */
export class SkillsTargets1765100000000 implements MigrationInterface {
  name = 'SkillsTargets1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE skills_targets (
        area varchar(40) PRIMARY KEY
          CHECK (area IN ('information-data-literacy', 'communication-collaboration', 'digital-content-creation', 'safety', 'problem-solving')),
        target_share numeric(4, 3) NOT NULL CHECK (target_share > 0 AND target_share <= 1),
        updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO skills_targets (area, target_share)
      SELECT unnest(ARRAY['information-data-literacy', 'communication-collaboration', 'digital-content-creation', 'safety', 'problem-solving']), 0.7`);
    await q.query(`CREATE INDEX report_facts_completed_idx ON report_facts (org_unit_id) INCLUDE (user_id, course_id) WHERE completed`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_facts_completed_idx`);
    await q.query(`DROP TABLE skills_targets`);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COMPETENCE_AREAS, type CompetenceArea, type Locale, type SkillsTarget } from '@lms/contracts';
import { SKILLS_SQL } from './skills-sql';
import { SkillsRepository, type SkillsCountRow } from './skills.repository';

@Injectable()
export class TypeOrmSkillsRepository extends SkillsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  coverage(orgUnitId: string, locale: Locale): Promise<SkillsCountRow[]> {
    return this.ds.query(SKILLS_SQL, [orgUnitId, locale, COMPETENCE_AREAS]);
  }

  async targets(): Promise<SkillsTarget[]> {
    const rows: { area: CompetenceArea; targetShare: number; updatedAt: Date }[] = await this.ds.query(
      `SELECT area, target_share::float8 AS "targetShare", updated_at AS "updatedAt" FROM skills_targets ORDER BY array_position($1::text[], area::text)`,
      [COMPETENCE_AREAS],
    );
    return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() }));
  }

  async setTargets(targets: { area: CompetenceArea; targetShare: number }[], actorId: string, now: Date): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO skills_targets (area, target_share, updated_by, updated_at)
         SELECT area, share, $3, $4 FROM unnest($1::text[], $2::numeric[]) AS t(area, share)
         ON CONFLICT (area) DO UPDATE SET target_share = EXCLUDED.target_share, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [targets.map((t) => t.area), targets.map((t) => t.targetShare), actorId, now],
      );
      await m.query(`INSERT INTO audit_log (actor_id, action, details, at) VALUES ($1, 'report.skills-targets.updated', $2, $3)`, [actorId, JSON.stringify({ targets }), now]);
    });
  }
}

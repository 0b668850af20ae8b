import { Injectable } from '@nestjs/common';
import type { SkillsCoverage, SkillsRow, SkillsTarget } from '@lms/contracts';
import { Clock, type Actor } from '@lms/server-core';
import type { SetSkillsTargetsDto } from '../dtos/set-skills-targets.dto';
import { ReportScope } from '../report-scope';
import { SkillsRepository, type SkillsCountRow } from './skills.repository';

/** Skills coverage of a unit and its children, against the targets; the targets themselves. */
@Injectable()
export class SkillsService {
  constructor(
    private readonly skills: SkillsRepository,
    private readonly scope: ReportScope,
    private readonly clock: Clock,
  ) {}

  async coverage(actor: Actor, orgUnitId: string | undefined): Promise<SkillsCoverage> {
    const unitId = await this.scope.unitFor(actor, { orgUnitId });
    const [rows, targets] = await Promise.all([this.skills.coverage(unitId, actor.locale), this.skills.targets()]);
    if (!rows.length) throw ReportScope.unitNotFound();
    const target = new Map(targets.map((t) => [t.area, t.targetShare]));
    const units = new Map<string, { row: SkillsRow; isUnit: boolean }>();
    for (const r of rows as SkillsCountRow[]) {
      const entry = units.get(r.orgUnitId) ?? { row: { orgUnitId: r.orgUnitId, name: r.name, learners: r.learners, areas: [] }, isUnit: r.isUnit };
      units.set(r.orgUnitId, entry);
      const share = r.learners ? r.holders / r.learners : 0;
      const goal = target.get(r.area) ?? 1;
      entry.row.areas.push({ area: r.area, holders: r.holders, share, target: goal, progress: Math.min(1, share / goal) });
    }
    const all = [...units.values()];
    return { unit: all.find((u) => u.isUnit)!.row, children: all.filter((u) => !u.isUnit).map((u) => u.row) };
  }

  targets(): Promise<SkillsTarget[]> {
    return this.skills.targets();
  }

  async setTargets(actor: Actor, dto: SetSkillsTargetsDto): Promise<SkillsTarget[]> {
    await this.skills.setTargets(dto.targets, actor.userId, this.clock.now());
    return this.skills.targets();
  }
}

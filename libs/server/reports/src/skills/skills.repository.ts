import type { CompetenceArea, Locale, SkillsTarget } from '@lms/contracts';

export interface SkillsCountRow {
  orgUnitId: string;
  name: string;
  isUnit: boolean;
  learners: number;
  area: CompetenceArea;
  holders: number;
}

/** Storage port for skills coverage and its targets. */
export abstract class SkillsRepository {
  /** One row per (unit or child, area): the unit's first, then the children's by name; empty when the unit does not exist. */
  abstract coverage(orgUnitId: string, locale: Locale): Promise<SkillsCountRow[]>;
  abstract targets(): Promise<SkillsTarget[]>;
  /** Sets the given areas' targets and records who did, in the audit log, in one transaction. */
  abstract setTargets(targets: { area: CompetenceArea; targetShare: number }[], actorId: string, now: Date): Promise<void>;
}

import type { CompetenceArea } from './courses';

/** One unit's figures in GET /reports/summary, counted over its whole subtree (CONTRACT.md, Reports). */
export interface SummaryRow {
  orgUnitId: string;
  /** In the asker's language. */
  name: string;
  /** Active users in the subtree. */
  learners: number;
  /** Their enrolments (in the course, when one is asked for). */
  enrolled: number;
  inProgress: number;
  completed: number;
  /** Not completed and past the due date, counted on each read. */
  overdue: number;
  /** completed ÷ enrolled, from 0 to 1 (0 with nothing enrolled). */
  completionRate: number;
}

export interface ReportSummary {
  unit: SummaryRow;
  children: SummaryRow[];
}

export const EXPORT_KINDS = ['completions', 'learners', 'courses'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

/** GET /reports/exports/:id (CONTRACT.md, Reports), with what the contract-additions list. */
export interface ExportView {
  id: string;
  status: ExportStatus;
  /** Rows written, once done. */
  rowCount: number | null;
  error: string | null;
  kind: ExportKind;
  format: ExportFormat;
  orgUnitId: string;
  createdAt: string;
  /** After this the file is gone and the download answers 410. */
  expiresAt: string;
  bytes: number | null;
}

/** One competence area of a unit in GET /reports/skills. */
export interface SkillsArea {
  area: CompetenceArea;
  /** Active staff of the subtree with at least one completed course in the area. */
  holders: number;
  /** holders ÷ learners, from 0 to 1 (0 with no staff). */
  share: number;
  /** The target share set for the area. */
  target: number;
  /** share ÷ target, at most 1. */
  progress: number;
}

export interface SkillsRow {
  orgUnitId: string;
  name: string;
  learners: number;
  areas: SkillsArea[];
}

export interface SkillsCoverage {
  unit: SkillsRow;
  children: SkillsRow[];
}

export interface SkillsTarget {
  area: CompetenceArea;
  targetShare: number;
  updatedAt: string;
}

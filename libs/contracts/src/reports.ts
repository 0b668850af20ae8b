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

import type { ExportFormat, ExportKind, ExportStatus } from '@lms/contracts';
import type { ReportFilter } from '../report-filter';

/** An export asked for: what, in which format, and the report filter it was asked with (the worker runs it as it stands). */
export interface ExportRow extends Omit<ReportFilter, 'now'> {
  id: string;
  requestedBy: string;
  kind: ExportKind;
  format: ExportFormat;
  status: ExportStatus;
  rowCount: number | null;
  error: string | null;
  fileKey: string | null;
  bytes: number | null;
  createdAt: Date;
  expiresAt: Date;
}

/** What the API records when an export is asked for; the worker fills in the rest. */
export type NewExport = Omit<ExportRow, 'id' | 'status' | 'rowCount' | 'error' | 'fileKey' | 'bytes'>;

/** Storage port for export jobs, their audit trail and the notice that a file is ready. */
export abstract class ExportsRepository {
  /** Records the request, its audit line and its job, in one transaction. */
  abstract request(input: NewExport): Promise<ExportRow>;
  abstract find(id: string): Promise<ExportRow | null>;
  /** The asker's own, newest first. */
  abstract mine(userId: string, limit: number): Promise<ExportRow[]>;
  /** Whether the course and assignment a filter names exist (each true when not named). */
  abstract filterTargetsExist(courseId: string | null, assignmentId: string | null): Promise<{ course: boolean; assignment: boolean }>;
  abstract recordDownload(row: ExportRow, actorId: string): Promise<void>;
  /** Marks a queued (or interrupted) export running and returns it; null when it is done, failed or gone. */
  abstract start(id: string): Promise<ExportRow | null>;
  /** Done: the file is stored; the asker is notified in the same transaction. */
  abstract finish(id: string, result: { rowCount: number; fileKey: string; bytes: number }, now: Date): Promise<void>;
  abstract fail(id: string, error: string, now: Date): Promise<void>;
  /** Exports past their expiry whose file is still stored. */
  abstract expired(now: Date, limit: number): Promise<{ id: string; fileKey: string }[]>;
  /** Forgets the files of these exports, once they are deleted. */
  abstract forget(ids: string[]): Promise<void>;
}

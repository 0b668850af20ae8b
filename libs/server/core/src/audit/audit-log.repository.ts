import type { AuditEntry } from '@lms/contracts';

/** What to show of the audit log: all filters optional, `from` inclusive and `to` exclusive. */
export interface AuditLogFilter {
  action?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

/** Reads the append-only audit log (features write their own rows, in their own transactions). */
export abstract class AuditLogRepository {
  /** Newest first, `limit` rows from `offset`, with the number matching in all. */
  abstract page(filter: AuditLogFilter, offset: number, limit: number): Promise<{ items: AuditEntry[]; total: number }>;
  /** Every action the log holds, in order: the choices of the screen's filter. */
  abstract actions(): Promise<string[]>;
}

import type { QueueName } from './queues';

/** One row of GET /audit-log: who did what, to which scope, when (newest first). */
export interface AuditEntry {
  /** The row's position in the append-only log (a bigserial, as a string). */
  id: string;
  at: string;
  action: string;
  actorId: string | null;
  /** The actor's display name now; null when the account is gone. */
  actorName: string | null;
  orgUnitId: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
}

/** GET /system/queues: one BullMQ queue's job counts. `waiting` includes prioritised jobs. */
export interface QueueCounts {
  name: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** GET /system/queues/:name/failed: a failed job, without its data (which may hold personal data). */
export interface FailedJobView {
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  /** When the job was created. */
  timestamp: string;
  /** When it last failed; null if BullMQ did not record it. */
  finishedOn: string | null;
}

/** GET /users/:id/certificates (admin): a person's certificates, revoked ones included. */
export interface HolderCertificate {
  id: string;
  code: string;
  courseId: string;
  courseTitle: string;
  issuedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
}

/** POST /system/pings and GET /system/pings/:id: a round trip through outbox, relay, BullMQ and worker. */
export interface SystemPingView {
  id: string;
  requestedAt: string;
  /** When the worker handled it; null until then. */
  handledAt: string | null;
  roundTripMs: number | null;
}

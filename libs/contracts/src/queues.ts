/**
 * Every queue and job the system knows, with its payload type. The API never talks to BullMQ
 * directly: it writes a JobRequest to the outbox in the same transaction as the change that
 * causes it, and the relay in the worker hands it on with a deterministic jobId.
 */
export enum QueueName {
  System = 'system',
  Enrolments = 'enrolments',
  Notifications = 'notifications',
  Grading = 'grading',
  Certificates = 'certificates',
  /** Rendered in a sandboxed processor (a child process), so PDF work never blocks a worker's event loop. */
  CertificatePdf = 'certificate-pdf',
  Reports = 'reports',
  /** Lane's own learning events as xAPI statements in its LRS. */
  Xapi = 'xapi',
}

export interface JobPayloads {
  /** Heartbeat that proves the path API → outbox → relay → BullMQ → worker end to end. */
  'system.ping': { pingId: string };
  /** Enrols everyone an assignment rule covers who is not enrolled yet, in batches. Idempotent. */
  'enrolments.apply-assignment': { assignmentId: string };
  /** Users were created, imported or moved: enrol them in the assignment rules that now cover them. */
  'enrolments.apply-rules-for-users': { userIds: string[] };
  /** The domain event of a finished course cycle; certificates and notifications follow from it. */
  'enrolments.course-completed': { enrolmentId: string; cycle: number };
  /** Repeating: re-opens recurring courses whose completion has lapsed. */
  'enrolments.reopen-expired': Record<string, never>;
  /** Repeating: in-app reminders seven days before the due date and once overdue. */
  'notifications.remind-due': Record<string, never>;
  /** Repeating: at most one email a day per user, gathering their notifications not yet emailed. */
  'notifications.send-digests': Record<string, never>;
  /** Scores a submitted attempt; jobId is the attempt id. Idempotent through attempt_gradings. */
  'grading.grade-attempt': { attemptId: string };
  /** Repeating: submits, as they stand, attempts left open past their time limit. */
  'grading.submit-expired': Record<string, never>;
  /** A question's key was fixed: re-scores the graded attempts that showed an earlier version. */
  'grading.regrade-question': { questionId: string; version: number };
  /** Issues the certificate of a completed cycle; jobId `certificate.<enrolment>.<cycle>`. Idempotent: one per completion. */
  'certificates.issue': { enrolmentId: string; cycle: number };
  /** Renders and stores an issued certificate's PDF, once; runs in the certificate-pdf sandbox. */
  'certificates.render-pdf': { certificateId: string };
  /** Repeating: folds the enrolment changes marked since the last fold into the HR rollup. */
  'reports.fold-rollup': Record<string, never>;
  /** Writes an export's file (CSV or XLSX) and notifies the asker; jobId `report-export.<id>`. */
  'reports.export': { exportId: string };
  /** Repeating: deletes the files of exports past their seven days. */
  'reports.expire-exports': Record<string, never>;
  /**
   * A learning event, as xAPI statements in Lane's LRS: an item completed (a lesson gives "completed"),
   * a course cycle completed, or an attempt graded ("attempted", then "passed" or "failed").
   * jobId `xapi-item.<enrolment>.<cycle>.<item>`, `xapi-course.<enrolment>.<cycle>` or `xapi-attempt.<attempt>`.
   */
  'xapi.record-learning': { event: 'item-completed'; enrolmentId: string; cycle: number; itemId: string } | { event: 'course-completed'; enrolmentId: string; cycle: number } | { event: 'attempt-graded'; attemptId: string };
  /** Repeating: forwards Lane's own statements to the LRS that XAPI_FORWARD_URL names, from where delivery last ended. */
  'xapi.forward-statements': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [N in JobName]: QueueName } = {
  'system.ping': QueueName.System,
  'enrolments.apply-assignment': QueueName.Enrolments,
  'enrolments.apply-rules-for-users': QueueName.Enrolments,
  'enrolments.course-completed': QueueName.Enrolments,
  'enrolments.reopen-expired': QueueName.Enrolments,
  'notifications.remind-due': QueueName.Notifications,
  'notifications.send-digests': QueueName.Notifications,
  'grading.grade-attempt': QueueName.Grading,
  'grading.submit-expired': QueueName.Grading,
  'grading.regrade-question': QueueName.Grading,
  'certificates.issue': QueueName.Certificates,
  'certificates.render-pdf': QueueName.CertificatePdf,
  'reports.fold-rollup': QueueName.Reports,
  'reports.export': QueueName.Reports,
  'reports.expire-exports': QueueName.Reports,
  'xapi.record-learning': QueueName.Xapi,
  'xapi.forward-statements': QueueName.Xapi,
};

/** Queues whose jobs run in a BullMQ sandboxed processor (a file of their own) rather than a handler in the worker. */
export const SANDBOXED_QUEUES: readonly QueueName[] = [QueueName.CertificatePdf];

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Deterministic: the same cause always yields the same id, so BullMQ drops duplicates. */
  jobId: string;
}

/** Jobs the worker schedules itself, every so many milliseconds (BullMQ job schedulers). */
export const JOB_SCHEDULES: { readonly [N in JobName]?: { everyMs: number } } = {
  'enrolments.reopen-expired': { everyMs: 60 * 60 * 1000 },
  'notifications.remind-due': { everyMs: 60 * 60 * 1000 },
  'notifications.send-digests': { everyMs: 15 * 60 * 1000 },
  'grading.submit-expired': { everyMs: 15 * 1000 },
  'reports.fold-rollup': { everyMs: 5 * 1000 },
  'reports.expire-exports': { everyMs: 60 * 60 * 1000 },
  'xapi.forward-statements': { everyMs: 10 * 1000 },
};

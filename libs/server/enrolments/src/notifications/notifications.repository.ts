import type { Locale, NotificationKind, NotificationView } from '@lms/contracts';

export interface DigestLine {
  kind: NotificationKind;
  courseTitle: string | null;
  dueAt: Date | null;
}

export interface DigestRecipient {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
}

/** In-app notifications, due-date reminders and the once-a-day email digest. */
export abstract class NotificationsRepository {
  abstract mine(userId: string, filter: { unreadOnly: boolean; offset: number; limit: number }): Promise<{ items: NotificationView[]; total: number; unread: number }>;
  /** False when there is no such notification of this user's. */
  abstract markRead(userId: string, id: string, at: Date): Promise<boolean>;
  abstract markAllRead(userId: string, at: Date): Promise<void>;
  /** The learner hears that they finished a course's cycle (once, however often the event arrives). */
  abstract courseCompleted(enrolmentId: string, cycle: number): Promise<void>;
  /** Writes due-soon (within seven days) and overdue reminders, once per enrolment cycle each. */
  abstract remindDue(now: Date): Promise<{ dueSoon: number; overdue: number }>;
  /** Users with notifications not yet emailed, who take email and have had no digest today. */
  abstract digestRecipients(now: Date, limit: number): Promise<DigestRecipient[]>;
  /**
   * Claims today's digest for the user and the notifications it carries, then runs send inside
   * the same transaction: if sending fails nothing is claimed, and a second run the same day
   * finds the day taken. Null when the day was taken already or there was nothing to send.
   */
  abstract sendDigest(userId: string, now: Date, send: (lines: DigestLine[]) => Promise<void>): Promise<number | null>;
}

import type { CourseSummary } from './courses';

export const ENROLMENT_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** One course in a learner's "my learning" (CONTRACT.md, Enrolments and assignments). */
export interface EnrolmentView {
  id: string;
  course: CourseSummary;
  status: EnrolmentStatus;
  progressPercent: number;
  dueAt: string | null;
  completedAt: string | null;
  certificateId: string | null;
  /** Derived on every read: a due date in the past and the course not completed. */
  overdue: boolean;
  /** Assigned by HR rather than chosen. */
  mandatory: boolean;
  enrolledAt: string;
  /** A recurring course's current cycle (1 for the first time through). */
  cycle: number;
  /** When the current completion lapses and the course re-opens, for a recurring assignment. */
  expiresAt: string | null;
  /** Earlier completed cycles of a recurring course, newest first. */
  history: { cycle: number; completedAt: string; expiresAt: string | null }[];
}

/** What GET /courses/:id adds for an enrolled learner. */
export interface CourseEnrolment {
  id: string;
  status: EnrolmentStatus;
  progressPercent: number;
  dueAt: string | null;
  completedAt: string | null;
  overdue: boolean;
  /** The items done in the current cycle. */
  completedItemIds: string[];
}

/** POST /assignments/preview: what the same body would do now, with nothing written. */
export interface AssignmentPreview {
  /** Active people the rule covers. */
  matched: number;
  /** Of those, the ones who already have the course (they keep their enrolment and its due date). */
  alreadyEnrolled: number;
  /** The people it would enrol now: matched − alreadyEnrolled. */
  willEnrol: number;
}

export interface AssignmentResult {
  assigned: number;
  alreadyEnrolled: number;
  /** The assignment rule's id: it keeps enrolling users who join its unit later. */
  assignmentId: string;
  /** True when the enrolments are being written by a background job (large assignments). */
  queued: boolean;
}

export interface AssignmentView {
  id: string;
  courseId: string;
  courseTitle: string;
  orgUnitId: string | null;
  position: string | null;
  userIds: string[];
  dueAt: string | null;
  dueInDays: number | null;
  recurrenceMonths: number | null;
  createdBy: string;
  createdAt: string;
  endedAt: string | null;
  enrolled: number;
  completed: number;
}

export const NOTIFICATION_KINDS = ['course_assigned', 'due_soon', 'overdue', 'course_completed', 'export_ready'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An in-app notification. The text is the client's to write, from its lo/en catalogue, by kind. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  courseId: string | null;
  courseTitle: string | null;
  dueAt: string | null;
  /** For export_ready: the export to download (GET /reports/exports/:id/download) and when its file expires. */
  exportId: string | null;
  expiresAt: string | null;
  createdAt: string;
  read: boolean;
}

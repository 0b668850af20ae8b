import type { EnrolmentView } from './enrolments';

/** A SCORM 1.2 package as imported (POST /modules/:id/scorm). */
export interface ScormPackageView {
  id: string;
  /** The manifest's organisation title. */
  title: string;
  /** The first SCO's file, inside the package. */
  launchPath: string;
  /** adlcp:masteryscore of the launched item (0 to 100), or null when the manifest sets none. */
  masteryScore: number | null;
  fileCount: number;
  sizeBytes: number;
}

/** A SCORM course item, as its author sees it after the import. */
export interface ScormItemView {
  id: string;
  kind: 'scorm';
  courseId: string;
  moduleId: string;
  title: string;
  position: number;
  package: ScormPackageView;
}

/** GET /scorm-items/:id: what the player needs to run the package for the signed-in learner. */
export interface ScormLaunch {
  itemId: string;
  courseId: string;
  title: string;
  /**
   * The launcher page on the content origin, which is never Lane's own: package script runs
   * there, where the learner's token is out of reach. The URL is signed and expires.
   */
  launchUrl: string;
  /**
   * The page on the content origin that, framed unseen by "download for offline", stores the
   * package on the device (#remove deletes it), then posts ScormOfflineMessage to Lane's page.
   */
  offlineUrl: string;
  /** What that download costs: the package's files and the launcher's runtime. */
  downloadBytes: number;
  /** The origin of launchUrl: the only one whose messages the player accepts. */
  contentOrigin: string;
  masteryScore: number | null;
  /** The learner's saved runtime data (scorm-again's CMI JSON), to resume from; null the first time. */
  cmi: Record<string, unknown> | null;
  /** The sequence number of the saved data; a save must carry a greater one. 0 the first time. */
  seq: number;
  /** Whether the item is completed in the learner's enrolment (it stays completed, whatever later commits say). */
  completed: boolean;
  /** False for an author previewing a course they are not enrolled in: nothing is saved. */
  enrolled: boolean;
}

/** PUT /scorm-items/:id/runtime: one LMSCommit (or LMSFinish) of the package. */
export interface ScormCommit {
  cmi: Record<string, unknown>;
  /** Increases with every commit on the device; an older commit arriving late changes nothing. */
  seq: number;
  /** When the package committed, on the device's clock (ISO 8601): kept, clamped, as the completion's time. */
  committedAt: string;
  finished?: boolean;
}

export interface ScormCommitResult {
  /** False when the server already held a later commit (seq): this one was ignored. */
  saved: boolean;
  seq: number;
  lessonStatus: string;
  scoreRaw: number | null;
  /** Whether the item is completed in the learner's enrolment (it stays completed, whatever later commits say). */
  completed: boolean;
  enrolment: EnrolmentView;
}

/** The messages between Lane's player page and the launcher on the content origin (postMessage). */
export type ScormLauncherMessage =
  | { source: 'lane-scorm'; type: 'ready' }
  | { source: 'lane-scorm'; type: 'commit'; cmi: Record<string, unknown>; finished: boolean };
export interface ScormPlayerMessage {
  source: 'lane-scorm';
  type: 'start';
  cmi: Record<string, unknown> | null;
  learner: { id: string; name: string };
  /** cmi.core.credit: 'no-credit' for a preview, which saves nothing. */
  credit: 'credit' | 'no-credit';
  /** cmi.student_data.mastery_score, from the manifest. */
  masteryScore: number | null;
}

/** What the offline page (ScormLaunch.offlineUrl) posts to Lane's page once it has stored, or removed, the package. */
export interface ScormOfflineMessage {
  source: 'lane-scorm';
  type: 'offline';
  mode: 'download' | 'remove';
  ok: boolean;
}

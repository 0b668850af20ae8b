import type { CourseEnrolment } from './enrolments';
import type { Locale } from './roles';

export const COURSE_CATEGORIES = ['digital-basics', 'email', 'web-search', 'ai', 'data-science', 'cybersecurity', 'policy-regulation'] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export type CourseItemKind = 'lesson' | 'quiz' | 'scorm';

/** A catalogue entry (CONTRACT.md, Courses and content). */
export interface CourseSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category: CourseCategory;
  locale: Locale;
  level: CourseLevel;
  estimatedMinutes: number | null;
  status: CourseStatus;
}

export interface CourseOutlineItem {
  id: string;
  kind: CourseItemKind;
  title: string;
  position: number;
  /** For an enrolled learner: done in the current cycle. */
  completed?: boolean;
}

export interface CourseOutlineModule {
  id: string;
  title: string;
  position: number;
  items: CourseOutlineItem[];
}

export const COMPETENCE_AREAS = ['information-data-literacy', 'communication-collaboration', 'digital-content-creation', 'safety', 'problem-solving'] as const;
export type CompetenceArea = (typeof COMPETENCE_AREAS)[number];
export const PROFICIENCY_LEVELS = ['foundation', 'intermediate', 'advanced', 'highly-specialised'] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number];

/** A DigComp 2.2 competence area the course builds, at a proficiency level. */
export interface Competence {
  area: CompetenceArea;
  level: ProficiencyLevel;
}

export interface CourseDetail extends CourseSummary {
  tags: string[];
  competences: Competence[];
  /** The version shown: the draft for the course's authors, the published one for everyone else. */
  version: number;
  publishedVersion: number | null;
  hasUnpublishedChanges: boolean;
  translationOf: string | null;
  modules: CourseOutlineModule[];
  /** For an enrolled learner: their enrolment in this course. */
  enrolment?: CourseEnrolment;
  /** For the course's authors and admins only: who owns it, its co-authors' ids, and whether the reader may publish, archive and choose co-authors (the owner or an admin). */
  ownerId?: string;
  authorIds?: string[];
  canDecide?: boolean;
}

/** An instructor as a course's authors see them (GET /courses/:id/authors, /author-candidates). */
export interface CourseAuthorView {
  id: string;
  displayName: string;
  email: string;
}

/** GET /courses/:id/authors: the owner and the co-authors. */
export interface CourseAuthors {
  owner: CourseAuthorView;
  coAuthors: CourseAuthorView[];
}

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
  /** Phone-sized WebP renditions of an image, smallest first; `height` (pixels) is absent for renditions made before it was kept. */
  variants: { width: number; height?: number; sizeBytes: number; url: string }[];
}

export interface LessonView {
  id: string;
  title: string;
  html: string;
  attachments: AttachmentView[];
  /** What opening the lesson costs on mobile data: its HTML plus each attachment at its smallest size. */
  downloadBytes: number;
  /** The Markdown source, for the course's authors and admins only (they read the draft). */
  markdown?: string;
}

/** POST /lessons/:id/preview: Markdown rendered as GET /lessons/:id would render it, and what the lesson would then weigh. Nothing is saved. */
export interface LessonPreview {
  html: string;
  downloadBytes: number;
}

/** GET /courses/:id/offline: what "download for offline" fetches, each lesson's `downloadBytes` and each SCORM package's, and their sum. */
export interface CourseOfflineSize {
  courseId: string;
  bytes: number;
  /** Every lesson of the version the reader sees, in outline order. */
  lessons: { id: string; bytes: number }[];
  /** Every SCORM item of that version (ScormLaunch.downloadBytes each). */
  packages: { id: string; bytes: number }[];
}

/** One problem with a course package (POST /course-packages answers 422 `{errors: [...]}`), naming the file and, where known, the line. */
export interface CoursePackageProblem {
  file: string;
  line?: number;
  message: string;
}

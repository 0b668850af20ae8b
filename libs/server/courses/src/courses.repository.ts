import type { EntityManager } from 'typeorm';
import type { Competence, CourseCategory, CourseDetail, CourseItemKind, CourseLevel, CourseOutlineModule, CourseStatus, CourseSummary, Locale, QuizSettings } from '@lms/contracts';

export interface CourseRecord {
  id: string;
  slug: string;
  locale: Locale;
  ownerId: string;
  authorIds: string[];
  status: CourseStatus;
  draftVersion: number;
  publishedVersion: number | null;
  translationOf: string | null;
}

/** What a SCORM item's revision keeps in `settings`: the package it plays (scorm_packages). */
export interface ScormItemSettings {
  scormPackageId: string;
}

export interface VersionFields {
  title: string;
  summary: string;
  category: CourseCategory;
  level: CourseLevel;
  estimatedMinutes: number | null;
  tags: string[];
  competences: Competence[];
}

export interface NewCourse extends VersionFields {
  slug: string;
  locale: Locale;
  ownerId: string;
  translationOf: string | null;
}

/** Which courses a catalogue query may return, and at which version. */
export type CatalogueView =
  | { kind: 'published' }
  | { kind: 'editable'; status: CourseStatus; userId: string | null };

export interface CatalogueFilter {
  category?: CourseCategory;
  locale?: Locale;
  /** Courses in this language come first. */
  prefer?: Locale;
  q?: string;
  offset: number;
  limit: number;
}

export interface ItemRecord {
  id: string;
  courseId: string;
  kind: CourseItemKind;
}

export interface StoredVariant {
  width: number;
  /** Absent for renditions stored before heights were kept. */
  height?: number;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
}

export interface AttachmentRecord {
  id: string;
  courseId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
  variants: StoredVariant[];
}

/**
 * The writes of one edit, all against the course's draft version, inside one transaction that
 * holds the course row locked. The draft is created from the published version on first use.
 */
export interface DraftEditor {
  readonly version: number;
  updateVersion(fields: Partial<VersionFields>): Promise<void>;
  updateCourse(fields: { slug?: string; locale?: Locale; translationOf?: string | null }): Promise<void>;
  addModule(title: string): Promise<string>;
  /** False when the module is not in this version. */
  updateModule(moduleId: string, fields: { title?: string; position?: number }): Promise<boolean>;
  addLesson(moduleId: string, title: string, markdown: string, html: string): Promise<string | null>;
  updateLesson(itemId: string, fields: { title?: string; markdown?: string; html?: string; position?: number }): Promise<boolean>;
  /** A quiz item; its settings are the assessments feature's, stored with the revision so they follow the versions. */
  addQuiz(moduleId: string, title: string, settings: QuizSettings): Promise<string | null>;
  updateQuiz(itemId: string, fields: { title?: string; settings?: QuizSettings; position?: number }): Promise<boolean>;
  /** A SCORM item: its revision names the imported package, so a later version can keep or replace it. */
  addScorm(moduleId: string, title: string, settings: ScormItemSettings): Promise<string | null>;
  /** Renames or moves a SCORM item; false when no SCORM item of this id is in this version. */
  updateScorm(itemId: string, fields: { title?: string; position?: number }): Promise<boolean>;
  /** Records an uploaded file and shows it on the lesson in this version; false when the lesson is not in it. */
  addAttachment(itemId: string, attachment: Omit<AttachmentRecord, 'courseId'> & { createdBy: string }): Promise<boolean>;
}

/** A course as a package holds it: what import writes and export reads. */
export interface PackageContent {
  translationKey: string | null;
  slug: string;
  locale: Locale;
  title: string;
  summary: string;
  category: CourseCategory;
  level: CourseLevel;
  estimatedMinutes: number | null;
  tags: string[];
  competences: Competence[];
  modules: { title: string; items: PackageContentItem[] }[];
}

/** One item of a package's course. A SCORM item's zip is the SCORM feature's (ScormPackages), not the course's. */
export interface PackageContentItem {
  id?: string;
  kind: CourseItemKind;
  title: string;
  /** Lesson Markdown or quiz GIFT source; empty for a SCORM item. */
  content: string;
  path?: string;
  html?: string;
  attachments?: Omit<AttachmentRecord, 'courseId'>[];
  /** On import, the package a SCORM item plays, kept in its revision's settings. */
  scorm?: ScormItemSettings;
}

/** A quiz item at one course version. */
export interface QuizRevision {
  id: string;
  courseId: string;
  moduleId: string;
  version: number;
  title: string;
  position: number;
  /** Null for a quiz imported from a package before the assessments feature materialised it. */
  settings: QuizSettings | null;
  /** The GIFT source it was imported from, if any. */
  source: string | null;
}

/** The quiz items a package import just wrote, for work that must share its transaction. */
export interface ImportedQuizzes {
  courseId: string;
  quizzes: { itemId: string; title: string; path: string; source: string }[];
}

/** See lessonDownloadSizes. `pattern` is a regular expression whose second group is the width. */
export interface SignedUrlBytes {
  pattern: string;
  plain: number;
  sized: number;
}

/** Storage port for courses, their versions and their content. */
export abstract class CoursesRepository {
  abstract findCourse(id: string): Promise<CourseRecord | null>;
  abstract findCourseOfModule(moduleId: string): Promise<CourseRecord | null>;
  abstract findItem(itemId: string): Promise<ItemRecord | null>;
  /** The item's course in the same query, for reads on the hot path. */
  abstract findCourseOfItem(itemId: string): Promise<(CourseRecord & { itemKind: ItemRecord['kind'] }) | null>;
  abstract slugTaken(slug: string, exceptCourseId?: string): Promise<boolean>;
  abstract create(course: NewCourse): Promise<string>;
  abstract editDraft<T>(courseId: string, work: (draft: DraftEditor) => Promise<T>): Promise<T>;
  /** Freezes the draft as the published version; false when there is nothing to publish. */
  abstract publish(courseId: string): Promise<boolean>;
  abstract setStatus(courseId: string, status: CourseStatus): Promise<void>;
  /** Replaces the co-authors; returns the ids of those that are not instructors (nothing is written then). */
  abstract replaceAuthors(courseId: string, userIds: string[]): Promise<{ notInstructors: string[] }>;
  abstract catalogue(view: CatalogueView, filter: CatalogueFilter): Promise<{ items: CourseSummary[]; total: number }>;
  /** The course at one version, with its outline, in one query. */
  abstract detail(courseId: string, version: number): Promise<Omit<CourseDetail, 'hasUnpublishedChanges'> | null>;
  abstract countItems(courseId: string, version: number): Promise<number>;
  /** Creates a course, its first version and all its content in one transaction; links the other-language edition. */
  abstract createFromPackage(content: PackageContent, ownerId: string, inTransaction?: (m: EntityManager, imported: ImportedQuizzes) => Promise<void>): Promise<string>;
  abstract quiz(itemId: string, version: number): Promise<QuizRevision | null>;
  /** Courses the user owns or co-authors. */
  abstract editableCourseIds(userId: string): Promise<string[]>;
  abstract packageContent(courseId: string, version: number): Promise<PackageContent | null>;
  abstract lesson(itemId: string, version: number): Promise<{ id: string; title: string; html: string; markdown?: string; attachments: AttachmentRecord[] } | null>;
  /**
   * Each lesson of the version, in outline order, with its `downloadBytes` (attachment-view.ts)
   * counted in SQL from the stored HTML: `signedUrl` is the attachment URL pattern and what
   * signing adds to each match without (`plain`) and with (`sized`) a width.
   */
  abstract lessonDownloadSizes(courseId: string, version: number, signedUrl: SignedUrlBytes): Promise<{ id: string; bytes: number }[]>;
  /** The attachment and its course, if some lesson of that version shows it. */
  abstract findAttachment(attachmentId: string): Promise<{ attachment: AttachmentRecord; course: CourseRecord; versions: number[] } | null>;
}

export type { CourseOutlineModule };

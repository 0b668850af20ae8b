import { randomUUID } from 'node:crypto';
import type { CourseItemKind, QuizSettings } from '@lms/contracts';
import type { AttachmentRecord, CourseRecord, DraftEditor, ScormItemSettings, VersionFields } from '@lms/server-courses';

/** The tables of the courses migration, one array or map each, so the fake reads like the SQL. */
export interface CourseRow extends CourseRecord {
  translationKey: string | null;
}
export interface VersionRow extends VersionFields {
  courseId: string;
  version: number;
  publishedAt: Date | null;
}
export interface ModuleRevision {
  moduleId: string;
  courseId: string;
  version: number;
  title: string;
  position: number;
}
export interface ItemRevision {
  itemId: string;
  courseId: string;
  version: number;
  moduleId: string;
  position: number;
  title: string;
  markdown: string | null;
  html: string | null;
  source: string | null;
  settings: QuizSettings | ScormItemSettings | null;
}
export interface AttachmentLink {
  itemId: string;
  version: number;
  attachmentId: string;
  position: number;
}

export interface CoursesState {
  /** In creation order, which stands in for created_at. */
  courses: CourseRow[];
  versions: VersionRow[];
  /** course_modules and course_items: stable ids, owned by one course. */
  modules: Map<string, string>;
  items: Map<string, { courseId: string; kind: CourseItemKind }>;
  moduleRevisions: ModuleRevision[];
  itemRevisions: ItemRevision[];
  attachments: Map<string, AttachmentRecord & { createdBy: string | null }>;
  attachmentLinks: AttachmentLink[];
}

export function emptyCoursesState(): CoursesState {
  return { courses: [], versions: [], modules: new Map(), items: new Map(), moduleRevisions: [], itemRevisions: [], attachments: new Map(), attachmentLinks: [] };
}

/** What the database's constraints would refuse: a duplicate slug, or a translation of no course. */
export function checkConstraints(s: CoursesState, course: Pick<CourseRow, 'id' | 'slug' | 'translationOf'>): void {
  if (s.courses.some((c) => c.slug === course.slug && c.id !== course.id)) throw new Error(`duplicate key value violates unique constraint "courses_slug_key": ${course.slug}`);
  if (course.translationOf !== null && !s.courses.some((c) => c.id === course.translationOf)) throw new Error(`courses.translation_of: no course ${course.translationOf}`);
}

export const nextPosition = (rows: { position: number }[]) => Math.max(0, ...rows.map((r) => r.position)) + 1;

/** Moves one row of an ordered list to a new 1-based position, closing and opening gaps (as the SQL does). */
function reposition<T extends { position: number }>(rows: T[], idOf: (row: T) => string, id: string, position: number): void {
  const ordered = [...rows].sort((a, b) => a.position - b.position || (idOf(a) < idOf(b) ? -1 : 1));
  const moved = ordered.find((r) => idOf(r) === id)!;
  const others = ordered.filter((r) => r !== moved);
  others.splice(Math.min(position - 1, others.length), 0, moved);
  others.forEach((r, i) => (r.position = i + 1));
}

/** Copy-on-write: the frozen version's rows become the next, editable version. */
export function copyVersion(s: CoursesState, courseId: string, from: number): number {
  const to = from + 1;
  const inFrom = <T extends { courseId: string; version: number }>(rows: T[]) => rows.filter((r) => r.courseId === courseId && r.version === from);
  s.versions.push(...inFrom(s.versions).map((v) => ({ ...structuredClone(v), version: to, publishedAt: null })));
  s.moduleRevisions.push(...inFrom(s.moduleRevisions).map((r) => ({ ...r, version: to })));
  const items = inFrom(s.itemRevisions);
  s.itemRevisions.push(...items.map((r) => ({ ...r, version: to })));
  const itemIds = new Set(items.map((r) => r.itemId));
  s.attachmentLinks.push(...s.attachmentLinks.filter((l) => l.version === from && itemIds.has(l.itemId)).map((l) => ({ ...l, version: to })));
  s.courses.find((c) => c.id === courseId)!.draftVersion = to;
  return to;
}

/** The writes of DraftEditor against one version of one course. */
export function draftEditor(s: CoursesState, courseId: string, version: number): DraftEditor {
  const course = s.courses.find((c) => c.id === courseId)!;
  const modulesOfVersion = () => s.moduleRevisions.filter((r) => r.courseId === courseId && r.version === version);
  const moduleRevision = (moduleId: string) => modulesOfVersion().find((r) => r.moduleId === moduleId);
  const itemRevision = (itemId: string) => s.itemRevisions.find((r) => r.itemId === itemId && r.version === version && r.courseId === courseId);
  const itemsOfModule = (moduleId: string) => s.itemRevisions.filter((r) => r.courseId === courseId && r.version === version && r.moduleId === moduleId);
  const updateItem = (kind: 'quiz' | 'scorm', itemId: string, fields: { title?: string; settings?: QuizSettings; position?: number }) => {
    const revision = itemRevision(itemId);
    if (!revision || s.items.get(itemId)?.kind !== kind) return false;
    if (fields.title !== undefined) revision.title = fields.title;
    if (fields.settings !== undefined) revision.settings = structuredClone(fields.settings);
    if (fields.position !== undefined) reposition(itemsOfModule(revision.moduleId), (r) => r.itemId, itemId, fields.position);
    return true;
  };
  return {
    version,
    async updateVersion(fields) {
      const row = s.versions.find((v) => v.courseId === courseId && v.version === version)!;
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(row, { [key]: structuredClone(value) });
    },
    async updateCourse(fields) {
      const next = { ...course, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
      checkConstraints(s, next);
      Object.assign(course, next);
    },
    async addModule(title) {
      const id = randomUUID();
      s.modules.set(id, courseId);
      s.moduleRevisions.push({ moduleId: id, courseId, version, title, position: nextPosition(modulesOfVersion()) });
      return id;
    },
    async updateModule(moduleId, fields) {
      const revision = moduleRevision(moduleId);
      if (!revision) return false;
      if (fields.title !== undefined) revision.title = fields.title;
      if (fields.position !== undefined) reposition(modulesOfVersion(), (r) => r.moduleId, moduleId, fields.position);
      return true;
    },
    async addLesson(moduleId, title, markdown, html) {
      if (!moduleRevision(moduleId)) return null;
      const id = randomUUID();
      s.items.set(id, { courseId, kind: 'lesson' });
      s.itemRevisions.push({ itemId: id, courseId, version, moduleId, position: nextPosition(itemsOfModule(moduleId)), title, markdown, html, source: null, settings: null });
      return id;
    },
    async updateLesson(itemId, fields) {
      const revision = itemRevision(itemId);
      if (!revision) return false;
      if (fields.title !== undefined) revision.title = fields.title;
      if (fields.markdown !== undefined) Object.assign(revision, { markdown: fields.markdown, html: fields.html ?? null });
      if (fields.position !== undefined) reposition(itemsOfModule(revision.moduleId), (r) => r.itemId, itemId, fields.position);
      return true;
    },
    async addQuiz(moduleId, title, settings) {
      if (!moduleRevision(moduleId)) return null;
      const id = randomUUID();
      s.items.set(id, { courseId, kind: 'quiz' });
      s.itemRevisions.push({ itemId: id, courseId, version, moduleId, position: nextPosition(itemsOfModule(moduleId)), title, markdown: null, html: null, source: null, settings: structuredClone(settings) });
      return id;
    },
    async addScorm(moduleId, title, settings) {
      if (!moduleRevision(moduleId)) return null;
      const id = randomUUID();
      s.items.set(id, { courseId, kind: 'scorm' });
      s.itemRevisions.push({ itemId: id, courseId, version, moduleId, position: nextPosition(itemsOfModule(moduleId)), title, markdown: null, html: null, source: null, settings: structuredClone(settings) });
      return id;
    },
    updateQuiz: async (itemId, fields) => updateItem('quiz', itemId, fields),
    updateScorm: async (itemId, fields) => updateItem('scorm', itemId, fields),
    async addAttachment(itemId, { createdBy, ...attachment }) {
      if (!itemRevision(itemId)) return false;
      if (s.attachments.has(attachment.id)) throw new Error(`duplicate key value violates unique constraint "attachments_pkey": ${attachment.id}`);
      s.attachments.set(attachment.id, { ...structuredClone(attachment), courseId, createdBy });
      const links = s.attachmentLinks.filter((l) => l.itemId === itemId && l.version === version);
      s.attachmentLinks.push({ itemId, version, attachmentId: attachment.id, position: nextPosition(links) });
      return true;
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CourseDetail, CourseStatus, CourseSummary, QuizSettings } from '@lms/contracts';
import {
  CoursesRepository,
  type AttachmentRecord,
  type CatalogueFilter,
  type CatalogueView,
  type CourseRecord,
  type DraftEditor,
  type ImportedQuizzes,
  type ItemRecord,
  type NewCourse,
  type PackageContent,
  type SignedUrlBytes,
} from '@lms/server-courses';
import { checkConstraints, copyVersion, draftEditor, emptyCoursesState, type CourseRow, type VersionRow } from './fake-courses.state';

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/**
 * Courses, versions and content in memory, with the same version rules as the SQL: a course is
 * created at version 1 as a draft; the first edit after publishing copies the published version
 * into a new draft; publishing freezes the draft. Search is a case-insensitive substring match of
 * every word of the query (the real one ranks Lao-segmented text); hits are ordered by title.
 */
export class FakeCoursesRepository extends CoursesRepository {
  private state = emptyCoursesState();
  /** Stands in for the users table: who replaceAuthors accepts as an active instructor. */
  readonly activeInstructors = new Set<string>();

  async findCourse(id: string) {
    return this.record(this.state.courses.find((c) => c.id === id));
  }
  async findCourseOfModule(moduleId: string) {
    return this.findCourse(this.state.modules.get(moduleId) ?? '');
  }
  async findItem(itemId: string): Promise<ItemRecord | null> {
    const item = this.state.items.get(itemId);
    return item ? { id: itemId, courseId: item.courseId, kind: item.kind } : null;
  }
  async findCourseOfItem(itemId: string) {
    const item = this.state.items.get(itemId);
    const course = item && (await this.findCourse(item.courseId));
    return course ? { ...course, itemKind: item.kind } : null;
  }
  async slugTaken(slug: string, exceptCourseId?: string) {
    return this.state.courses.some((c) => c.slug === slug && c.id !== exceptCourseId);
  }

  async create(course: NewCourse): Promise<string> {
    const { slug, locale, ownerId, translationOf, ...fields } = structuredClone(course);
    return this.insertCourse({ slug, locale, ownerId, translationOf, translationKey: null }, fields).id;
  }

  async editDraft<T>(courseId: string, work: (draft: DraftEditor) => Promise<T>): Promise<T> {
    const course = this.row(courseId);
    // A transaction: whatever the work wrote is undone if it throws.
    const before = structuredClone(this.state);
    try {
      const version = course.publishedVersion === course.draftVersion ? copyVersion(this.state, courseId, course.draftVersion) : course.draftVersion;
      return await work(draftEditor(this.state, courseId, version));
    } catch (error) {
      this.state = before;
      throw error;
    }
  }

  async publish(courseId: string) {
    const course = this.row(courseId);
    course.status = 'published';
    if (course.publishedVersion === course.draftVersion) return false;
    this.version(courseId, course.draftVersion)!.publishedAt = new Date();
    course.publishedVersion = course.draftVersion;
    return true;
  }

  async setStatus(courseId: string, status: CourseStatus) {
    const course = this.state.courses.find((c) => c.id === courseId);
    if (course) course.status = status;
  }

  async replaceAuthors(courseId: string, userIds: string[]) {
    const notInstructors = userIds.filter((id) => !this.activeInstructors.has(id));
    if (notInstructors.length) return { notInstructors };
    this.row(courseId).authorIds = [...new Set(userIds)];
    return { notInstructors: [] };
  }

  async catalogue(view: CatalogueView, filter: CatalogueFilter): Promise<{ items: CourseSummary[]; total: number }> {
    const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const hits = this.state.courses.flatMap((c) => {
      const shown = view.kind === 'published' ? c.status === 'published' : c.status === view.status && (!view.userId || c.ownerId === view.userId || c.authorIds.includes(view.userId));
      const v = shown ? this.version(c.id, view.kind === 'published' ? c.publishedVersion : c.draftVersion) : undefined;
      if (!v || (filter.category && v.category !== filter.category) || (filter.locale && c.locale !== filter.locale)) return [];
      const text = this.searchText(v).toLowerCase();
      return words.every((w) => text.includes(w)) ? [this.summary(c, v)] : [];
    });
    const preferred = (c: CourseSummary) => (filter.prefer && c.locale === filter.prefer ? 0 : 1);
    hits.sort((a, b) => preferred(a) - preferred(b) || (a.title === b.title ? (a.id < b.id ? -1 : 1) : a.title < b.title ? -1 : 1));
    return { items: hits.slice(filter.offset, filter.offset + filter.limit), total: hits.length };
  }

  async detail(courseId: string, version: number): Promise<Omit<CourseDetail, 'hasUnpublishedChanges'> | null> {
    const course = this.state.courses.find((c) => c.id === courseId);
    const v = course && this.version(courseId, version);
    if (!course || !v) return null;
    const modules = this.modulesOf(courseId, version).map((m) => ({
      id: m.moduleId,
      title: m.title,
      position: m.position,
      items: this.itemsOf(courseId, version, m.moduleId).map((i) => ({ id: i.itemId, kind: this.state.items.get(i.itemId)!.kind, title: i.title, position: i.position })),
    }));
    const { tags, competences } = structuredClone(v);
    return { ...this.summary(course, v), tags, competences, version, publishedVersion: course.publishedVersion, translationOf: course.translationOf, modules };
  }

  async countItems(courseId: string, version: number) {
    return this.state.itemRevisions.filter((r) => r.courseId === courseId && r.version === version).length;
  }

  /** A transaction, as editDraft's; `inTransaction` gets no EntityManager to query, only what the import wrote. */
  async createFromPackage(content: PackageContent, ownerId: string, inTransaction?: (m: EntityManager, imported: ImportedQuizzes) => Promise<void>): Promise<string> {
    const before = structuredClone(this.state);
    try {
      const imported = this.insertPackage(content, ownerId);
      await inTransaction?.({} as EntityManager, imported);
      return imported.courseId;
    } catch (error) {
      this.state = before;
      throw error;
    }
  }

  private insertPackage(content: PackageContent, ownerId: string): ImportedQuizzes {
    const quizzes: ImportedQuizzes['quizzes'] = [];
    const { translationKey: key, slug, locale, modules, ...fields } = structuredClone(content);
    const edition = key ? this.state.courses.find((c) => c.translationKey === key && c.locale !== locale) : undefined;
    const course = this.insertCourse({ slug, locale, ownerId, translationOf: edition?.id ?? null, translationKey: key }, fields);
    if (key) for (const c of this.state.courses) if (c.translationKey === key && c.locale !== locale && c.translationOf === null) c.translationOf = course.id;
    for (const [mi, mod] of modules.entries()) {
      const moduleId = randomUUID();
      this.state.modules.set(moduleId, course.id);
      this.state.moduleRevisions.push({ moduleId, courseId: course.id, version: 1, title: mod.title, position: mi + 1 });
      for (const [ii, item] of mod.items.entries()) {
        const itemId = randomUUID();
        const lesson = item.kind === 'lesson';
        this.state.items.set(itemId, { courseId: course.id, kind: item.kind });
        const text = lesson ? { markdown: item.content, html: item.html ?? '', source: null } : { markdown: null, html: null, source: item.kind === 'quiz' ? item.content : null };
        this.state.itemRevisions.push({ itemId, courseId: course.id, version: 1, moduleId, position: ii + 1, title: item.title, ...text, settings: item.scorm ?? null });
        if (item.kind === 'quiz') quizzes.push({ itemId, title: item.title, path: item.path ?? item.title, source: item.content });
        for (const [ai, a] of (item.attachments ?? []).entries()) {
          if (!this.state.attachments.has(a.id)) this.state.attachments.set(a.id, { ...a, courseId: course.id, createdBy: ownerId });
          this.state.attachmentLinks.push({ itemId, version: 1, attachmentId: a.id, position: ai + 1 });
        }
      }
    }
    return { courseId: course.id, quizzes };
  }

  async packageContent(courseId: string, version: number): Promise<PackageContent | null> {
    const course = this.state.courses.find((c) => c.id === courseId);
    const v = course && this.version(courseId, version);
    if (!course || !v) return null;
    const { title, summary, category, level, estimatedMinutes, tags, competences } = structuredClone(v);
    const modules = this.modulesOf(courseId, version).map((m) => ({
      title: m.title,
      items: this.itemsOf(courseId, version, m.moduleId).map((i) => {
        const attachments = this.attachmentsOf(i.itemId, version).map(({ courseId: _c, ...a }) => a);
        return { id: i.itemId, kind: this.state.items.get(i.itemId)!.kind, title: i.title, content: i.markdown ?? i.source ?? '', attachments };
      }),
    }));
    return { translationKey: course.translationKey, slug: course.slug, locale: course.locale, title, summary, category, level, estimatedMinutes, tags, competences, modules };
  }

  async editableCourseIds(userId: string) {
    return this.state.courses.filter((c) => c.ownerId === userId || c.authorIds.includes(userId)).map((c) => c.id);
  }

  async quiz(itemId: string, version: number) {
    const r = this.state.itemRevisions.find((x) => x.itemId === itemId && x.version === version);
    if (!r || this.state.items.get(itemId)?.kind !== 'quiz') return null;
    return { id: itemId, courseId: r.courseId, moduleId: r.moduleId, version, title: r.title, position: r.position, settings: structuredClone(r.settings) as QuizSettings | null, source: r.source };
  }

  async lesson(itemId: string, version: number) {
    const revision = this.state.itemRevisions.find((r) => r.itemId === itemId && r.version === version);
    if (!revision || this.state.items.get(itemId)?.kind !== 'lesson') return null;
    return { id: itemId, title: revision.title, html: revision.html ?? '', markdown: revision.markdown ?? '', attachments: this.attachmentsOf(itemId, version) };
  }

  async lessonDownloadSizes(courseId: string, version: number, signedUrl: SignedUrlBytes) {
    const lessons = this.modulesOf(courseId, version).flatMap((m) => this.itemsOf(courseId, version, m.moduleId).filter((r) => this.state.items.get(r.itemId)?.kind === 'lesson'));
    return lessons.map((r) => {
      const html = r.html ?? '';
      const signing = [...html.matchAll(new RegExp(signedUrl.pattern, 'g'))].reduce((n, match) => n + (match[2] === undefined ? signedUrl.plain : signedUrl.sized), 0);
      const files = this.attachmentsOf(r.itemId, version).reduce((n, a) => n + Math.min(a.sizeBytes, ...a.variants.map((v) => v.sizeBytes)), 0);
      return { id: r.itemId, bytes: Buffer.byteLength(html) + signing + files };
    });
  }

  async findAttachment(attachmentId: string) {
    const stored = this.state.attachments.get(attachmentId);
    if (!stored) return null;
    const { createdBy: _by, ...attachment } = structuredClone(stored);
    const versions = [...new Set(this.state.attachmentLinks.filter((l) => l.attachmentId === attachmentId).map((l) => l.version))].sort((a, b) => a - b);
    return { attachment, course: (await this.findCourse(attachment.courseId))!, versions };
  }

  private insertCourse(course: Pick<CourseRow, 'slug' | 'locale' | 'ownerId' | 'translationOf' | 'translationKey'>, fields: Omit<VersionRow, 'courseId' | 'version' | 'publishedAt'>): CourseRow {
    const row: CourseRow = { ...course, id: randomUUID(), authorIds: [], status: 'draft', draftVersion: 1, publishedVersion: null };
    checkConstraints(this.state, row);
    this.state.courses.push(row);
    const { title, summary, category, level, estimatedMinutes, tags, competences } = fields;
    this.state.versions.push({ courseId: row.id, version: 1, title, summary, category, level, estimatedMinutes, tags, competences, publishedAt: null });
    return row;
  }

  /** A copy, as a query would return, so callers never hold the fake's own rows. */
  private record(row: CourseRow | undefined): CourseRecord | null {
    if (!row) return null;
    const { translationKey: _key, ...record } = structuredClone(row);
    return record;
  }

  private row(courseId: string): CourseRow {
    const course = this.state.courses.find((c) => c.id === courseId);
    if (!course) throw new Error(`FakeCoursesRepository: no course ${courseId}`);
    return course;
  }

  private version(courseId: string, version: number | null) {
    return this.state.versions.find((v) => v.courseId === courseId && v.version === version);
  }

  private summary(c: CourseRow, v: VersionRow): CourseSummary {
    return { id: c.id, slug: c.slug, title: v.title, summary: v.summary, category: v.category, locale: c.locale, level: v.level, estimatedMinutes: v.estimatedMinutes, status: c.status };
  }

  private modulesOf(courseId: string, version: number) {
    return this.state.moduleRevisions.filter((r) => r.courseId === courseId && r.version === version).sort(byPosition);
  }

  private itemsOf(courseId: string, version: number, moduleId: string) {
    return this.state.itemRevisions.filter((r) => r.courseId === courseId && r.version === version && r.moduleId === moduleId).sort(byPosition);
  }

  private attachmentsOf(itemId: string, version: number): AttachmentRecord[] {
    const links = this.state.attachmentLinks.filter((l) => l.itemId === itemId && l.version === version).sort(byPosition);
    return links.map((l) => {
      const { createdBy: _by, ...a } = structuredClone(this.state.attachments.get(l.attachmentId)!);
      return a;
    });
  }

  /** What the search vector holds: title, summary and every lesson's title and text. */
  private searchText(v: VersionRow): string {
    const lessons = this.state.itemRevisions.filter((r) => r.courseId === v.courseId && r.version === v.version);
    return [v.title, v.summary, ...lessons.map((l) => `${l.title}\n${l.markdown ?? ''}`)].join('\n');
  }
}

import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CourseOfflineSize, CourseOutlineModule, LessonPreview, LessonView } from '@lms/contracts';
import { APP_CONFIG, type Actor, type AppConfig } from '@lms/server-core';
import { downloadBytes, toAttachmentView } from './attachments/attachment-view';
import { ATTACHMENT_URL, MediaUrls } from './attachments/media-urls';
import { canEdit, readableVersion } from './course-access';
import { CoursesErrorCode, CoursesException } from './courses.exception';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';
import type { CreateLessonDto, CreateModuleDto, PreviewLessonDto, UpdateLessonDto, UpdateModuleDto } from './dtos/course.dto';
import { renderLessonMarkdown } from './markdown/render-markdown';
import { OfflinePackageSizes } from './offline-package-sizes';

/** Modules and lessons: every write goes to the course's draft version. */
@Injectable()
export class AuthoringService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly coursesService: CoursesService,
    private readonly mediaUrls: MediaUrls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly packageSizes?: OfflinePackageSizes,
  ) {}

  async addModule(actor: Actor, courseId: string, dto: CreateModuleDto): Promise<CourseOutlineModule> {
    await this.coursesService.editable(actor, courseId);
    const id = await this.courses.editDraft(courseId, (draft) => draft.addModule(dto.title));
    return this.module(actor, courseId, id);
  }

  async updateModule(actor: Actor, moduleId: string, dto: UpdateModuleDto): Promise<CourseOutlineModule> {
    const course = await this.courses.findCourseOfModule(moduleId);
    if (!course) throw this.moduleNotFound();
    await this.coursesService.editable(actor, course.id);
    const found = await this.courses.editDraft(course.id, (draft) => draft.updateModule(moduleId, dto));
    if (!found) throw this.moduleNotFound();
    return this.module(actor, course.id, moduleId);
  }

  async addLesson(actor: Actor, moduleId: string, dto: CreateLessonDto): Promise<LessonView> {
    const course = await this.courses.findCourseOfModule(moduleId);
    if (!course) throw this.moduleNotFound();
    await this.coursesService.editable(actor, course.id);
    const id = await this.courses.editDraft(course.id, (draft) => draft.addLesson(moduleId, dto.title, dto.markdown, renderLessonMarkdown(dto.markdown, this.config.videoHosts)));
    if (!id) throw this.moduleNotFound();
    return this.lesson(actor, id);
  }

  async updateLesson(actor: Actor, lessonId: string, dto: UpdateLessonDto): Promise<LessonView> {
    const item = await this.courses.findItem(lessonId);
    if (!item || item.kind !== 'lesson') throw this.lessonNotFound();
    await this.coursesService.editable(actor, item.courseId);
    const html = dto.markdown === undefined ? undefined : renderLessonMarkdown(dto.markdown, this.config.videoHosts);
    const found = await this.courses.editDraft(item.courseId, (draft) => draft.updateLesson(lessonId, { ...dto, html }));
    if (!found) throw this.lessonNotFound();
    return this.lesson(actor, lessonId);
  }

  /** A lesson as the actor may read it: authors see the draft, with its Markdown; learners the published version. */
  async lesson(actor: Actor, lessonId: string): Promise<LessonView> {
    const course = await this.courses.findCourseOfItem(lessonId);
    const version = course && course.itemKind === 'lesson' ? readableVersion(actor, course) : null;
    const lesson = version === null ? null : await this.courses.lesson(lessonId, version);
    if (!lesson) throw this.lessonNotFound();
    const html = this.mediaUrls.signHtml(lesson.html);
    const sign = (url: string) => this.mediaUrls.sign(url);
    const view: LessonView = { id: lesson.id, title: lesson.title, html, attachments: lesson.attachments.map((a) => toAttachmentView(a, sign)), downloadBytes: downloadBytes(html, lesson.attachments) };
    return canEdit(actor, course!) ? { ...view, markdown: lesson.markdown ?? '' } : view;
  }

  /**
   * Markdown rendered exactly as saving it would (the same renderer, video hosts and signed file
   * links) and what the lesson would weigh then; nothing is written. The editor's live preview.
   */
  async preview(actor: Actor, lessonId: string, dto: PreviewLessonDto): Promise<LessonPreview> {
    const item = await this.courses.findItem(lessonId);
    if (!item || item.kind !== 'lesson') throw this.lessonNotFound();
    const course = await this.coursesService.editable(actor, item.courseId);
    const lesson = await this.courses.lesson(lessonId, course.draftVersion);
    if (!lesson) throw this.lessonNotFound();
    const html = this.mediaUrls.signHtml(renderLessonMarkdown(dto.markdown, this.config.videoHosts));
    return { html, downloadBytes: downloadBytes(html, lesson.attachments) };
  }

  /**
   * What "download for offline" fetches: each lesson's downloadBytes, as GET /lessons/:id counts
   * them, from two queries (the course, then every lesson's size in SQL) whatever the lesson count,
   * and each SCORM package's, as GET /scorm-items/:id counts it.
   */
  async offlineSize(actor: Actor, courseId: string): Promise<CourseOfflineSize> {
    const course = await this.courses.findCourse(courseId);
    const version = course ? readableVersion(actor, course) : null;
    if (version === null) throw new CoursesException(CoursesErrorCode.CourseNotFound, 'Course not found');
    const [lessons, packages] = await Promise.all([
      this.courses.lessonDownloadSizes(courseId, version, { pattern: ATTACHMENT_URL.source, ...this.mediaUrls.htmlSignatureBytes() }),
      this.packageSizes?.sizes(courseId, version) ?? [],
    ]);
    return { courseId, bytes: [...lessons, ...packages].reduce((sum, l) => sum + l.bytes, 0), lessons, packages };
  }

  private async module(actor: Actor, courseId: string, moduleId: string): Promise<CourseOutlineModule> {
    const detail = await this.coursesService.detail(actor, courseId);
    return detail.modules.find((m) => m.id === moduleId)!;
  }

  private moduleNotFound() {
    return new CoursesException(CoursesErrorCode.ModuleNotFound, 'Module not found');
  }

  private lessonNotFound() {
    return new CoursesException(CoursesErrorCode.LessonNotFound, 'Lesson not found');
  }
}

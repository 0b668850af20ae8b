import { Injectable, Optional } from '@nestjs/common';
import type { CourseDetail, CourseSummary, Page } from '@lms/contracts';
import { pageOf, SecurityLog, type Actor } from '@lms/server-core';
import { canDecide, canEdit, readableVersion } from './course-access';
import { CourseEnrolmentReader } from './course-enrolment.reader';
import { CoursesErrorCode, CoursesException } from './courses.exception';
import { CoursesRepository, type CourseRecord } from './courses.repository';
import type { CreateCourseDto, ListCoursesQuery, UpdateCourseDto } from './dtos/course.dto';
import { slugify } from './slugify';

@Injectable()
export class CoursesService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly securityLog: SecurityLog,
    @Optional() private readonly enrolments?: CourseEnrolmentReader,
  ) {}

  /**
   * Learners see published courses. Asking for drafts or archived courses, or for `mine`, shows
   * an instructor the ones they author, an admin all of them, and a learner nothing (403).
   */
  async catalogue(actor: Actor, query: ListCoursesQuery): Promise<Page<CourseSummary>> {
    const status = query.status ?? 'published';
    const filter = { category: query.category, locale: query.locale, prefer: query.prefer, q: query.q, offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
    if (status === 'published' && !query.mine) return this.page(await this.courses.catalogue({ kind: 'published' }, filter), query);
    const admin = actor.roles.includes('admin');
    if (!admin && !actor.roles.includes('instructor')) {
      this.securityLog.denied({ user: { userId: actor.userId } }, `catalogue status=${status}`);
      throw new CoursesException(CoursesErrorCode.NotAnAuthor, 'Only instructors and admins may list unpublished courses');
    }
    return this.page(await this.courses.catalogue({ kind: 'editable', status, userId: admin ? null : actor.userId }, filter), query);
  }

  async detail(actor: Actor, id: string): Promise<CourseDetail> {
    const course = await this.visible(actor, id);
    const version = readableVersion(actor, course)!;
    const detail = (await this.courses.detail(course.id, version))!;
    const base = { ...detail, hasUnpublishedChanges: course.publishedVersion !== course.draftVersion };
    // Its authors also learn who decides, so the editor offers Publish and Archive only to them.
    const shown: CourseDetail = canEdit(actor, course) ? { ...base, ownerId: course.ownerId, authorIds: [...course.authorIds].sort(), canDecide: canDecide(actor, course) } : base;
    // Authors read the draft; a learner's own progress belongs with the published version.
    const enrolment = version === course.publishedVersion && this.enrolments ? await this.enrolments.forLearner(actor.userId, course.id) : null;
    if (!enrolment) return shown;
    const done = new Set(enrolment.completedItemIds);
    return { ...shown, enrolment, modules: shown.modules.map((m) => ({ ...m, items: m.items.map((i) => ({ ...i, completed: done.has(i.id) })) })) };
  }

  async create(actor: Actor, dto: CreateCourseDto): Promise<CourseDetail> {
    const slug = dto.slug ?? (await this.freeSlug(slugify(dto.title, dto.locale)));
    if (dto.slug && (await this.courses.slugTaken(dto.slug))) throw new CoursesException(CoursesErrorCode.SlugTaken, `The slug "${dto.slug}" is taken`);
    if (dto.translationOf) await this.editable(actor, dto.translationOf);
    const id = await this.courses.create({
      slug,
      locale: dto.locale,
      ownerId: actor.userId,
      translationOf: dto.translationOf ?? null,
      title: dto.title,
      summary: dto.summary,
      category: dto.category,
      level: dto.level,
      estimatedMinutes: dto.estimatedMinutes ?? null,
      tags: dto.tags ?? [],
      competences: dto.competences ?? [],
    });
    return this.detail(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateCourseDto): Promise<CourseDetail> {
    const course = await this.editable(actor, id);
    if (dto.slug && dto.slug !== course.slug && (await this.courses.slugTaken(dto.slug, id))) {
      throw new CoursesException(CoursesErrorCode.SlugTaken, `The slug "${dto.slug}" is taken`);
    }
    if (dto.translationOf) await this.editable(actor, dto.translationOf);
    await this.courses.editDraft(id, async (draft) => {
      await draft.updateVersion({ title: dto.title, summary: dto.summary, category: dto.category, level: dto.level, estimatedMinutes: dto.estimatedMinutes, tags: dto.tags, competences: dto.competences });
      if (dto.slug !== undefined || dto.locale !== undefined || dto.translationOf !== undefined) {
        await draft.updateCourse({ slug: dto.slug, locale: dto.locale, translationOf: dto.translationOf });
      }
    });
    return this.detail(actor, id);
  }

  async publish(actor: Actor, id: string): Promise<CourseDetail> {
    const course = await this.decidable(actor, id);
    if ((await this.courses.countItems(id, course.draftVersion)) === 0) {
      throw new CoursesException(CoursesErrorCode.EmptyCourse, 'Add at least one lesson before publishing');
    }
    await this.courses.publish(id);
    return this.detail(actor, id);
  }

  async archive(actor: Actor, id: string): Promise<CourseDetail> {
    await this.decidable(actor, id);
    await this.courses.setStatus(id, 'archived');
    return this.detail(actor, id);
  }

  /** Only the owner and admins choose the co-authors; co-authors must be active instructors. */
  async replaceAuthors(actor: Actor, id: string, userIds: string[]): Promise<{ ownerId: string; authorIds: string[] }> {
    const course = await this.decidable(actor, id);
    const unique = [...new Set(userIds)].filter((u) => u !== course.ownerId);
    const { notInstructors } = await this.courses.replaceAuthors(id, unique);
    if (notInstructors.length) throw new CoursesException(CoursesErrorCode.NotAnInstructor, `These users are not active instructors: ${notInstructors.join(', ')}`);
    return { ownerId: course.ownerId, authorIds: unique.sort() };
  }

  /** The course if the actor may edit it: 404 if they cannot even see it, 403 if they can only read it. */
  async editable(actor: Actor, id: string): Promise<CourseRecord> {
    const course = await this.visible(actor, id);
    if (!canEdit(actor, course)) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'course edit by non-author', { courseId: id });
      throw new CoursesException(CoursesErrorCode.NotAnAuthor, 'Only the course’s authors and admins may change it');
    }
    return course;
  }

  /** The course if the actor is its owner or an admin: co-authors edit its content, but what learners get is the owner's call. */
  async decidable(actor: Actor, id: string): Promise<CourseRecord> {
    const course = await this.editable(actor, id);
    if (!canDecide(actor, course)) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'course decision by a co-author', { courseId: id });
      throw new CoursesException(CoursesErrorCode.NotAnAuthor, 'Only the course’s owner and admins may publish or archive it, or choose its co-authors');
    }
    return course;
  }

  private async visible(actor: Actor, id: string): Promise<CourseRecord> {
    const course = await this.courses.findCourse(id);
    if (!course || readableVersion(actor, course) === null) throw new CoursesException(CoursesErrorCode.CourseNotFound, 'Course not found');
    return course;
  }

  private async freeSlug(base: string): Promise<string> {
    for (let i = 1; ; i++) {
      const slug = i === 1 ? base : `${base}-${i}`;
      if (!(await this.courses.slugTaken(slug))) return slug;
    }
  }

  private page(result: { items: CourseSummary[]; total: number }, query: ListCoursesQuery): Page<CourseSummary> {
    return pageOf(result.items, result.total, query);
  }
}

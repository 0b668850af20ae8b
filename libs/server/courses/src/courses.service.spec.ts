import type { CourseEnrolment } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { FakeCoursesRepository, FakeSecurityLog, failureOf } from '@lms/server-testing';
import { CourseEnrolmentReader } from './course-enrolment.reader';
import { CoursesErrorCode } from './courses.exception';
import { CoursesService } from './courses.service';
import type { CreateCourseDto, ListCoursesQuery } from './dtos/course.dto';

const COURSE: CreateCourseDto = {
  title: 'Cybersecurity awareness',
  summary: 'Phishing, passwords and safe devices at work.',
  category: 'cybersecurity',
  locale: 'en',
  level: 'beginner',
  estimatedMinutes: 90,
  tags: ['safety'],
  competences: [{ area: 'safety', level: 'foundation' }],
};

const person = (userId: string, roles: Actor['roles']): Actor => ({ userId, roles, orgUnitId: 'mtc', locale: 'en', sessionId: null });
const owner = person('owner', ['learner', 'instructor']);
const other = person('other', ['learner', 'instructor']);
const admin = person('admin', ['learner', 'admin']);
const learner = person('learner', ['learner']);

/** Enrolments live in another feature; the course page reads them through this port. */
class FakeEnrolmentReader extends CourseEnrolmentReader {
  readonly enrolments = new Map<string, CourseEnrolment>();
  async forLearner(userId: string, courseId: string) {
    return this.enrolments.get(`${userId}:${courseId}`) ?? null;
  }
}

function setup() {
  const courses = new FakeCoursesRepository();
  courses.activeInstructors.add(owner.userId).add(other.userId);
  const securityLog = new FakeSecurityLog();
  const enrolments = new FakeEnrolmentReader();
  const service = new CoursesService(courses, securityLog.asSecurityLog(), enrolments);
  /** A course of the owner's with one module of `lessons` lessons, written straight through the port. */
  const course = async (title = COURSE.title, lessons = 1, extra: Partial<CreateCourseDto> = {}) => {
    const { id } = await service.create(owner, { ...COURSE, title, ...extra });
    await courses.editDraft(id, async (draft) => {
      const moduleId = await draft.addModule('Module 1');
      for (let l = 1; l <= lessons; l++) await draft.addLesson(moduleId, `Lesson ${l}`, `Text ${l}`, `<p>Text ${l}</p>`);
    });
    return id;
  };
  const published = async (title?: string, extra?: Partial<CreateCourseDto>) => {
    const id = await course(title, 1, extra);
    await service.publish(owner, id);
    return id;
  };
  return { courses, securityLog, enrolments, service, course, published };
}

const failure = (call: Promise<unknown>) => failureOf<CoursesErrorCode>(call);

const NOT_FOUND = { status: 404, code: CoursesErrorCode.CourseNotFound };
const FORBIDDEN = { status: 403, code: CoursesErrorCode.NotAnAuthor };
const query = (q: Partial<ListCoursesQuery> = {}): ListCoursesQuery => ({ page: 1, pageSize: 100, ...q });
const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

describe('CoursesService', () => {
  describe('create', () => {
    it('creates a draft at version 1 with an empty outline, owned by its creator, with a slug made from the title', async () => {
      const { service } = setup();
      const created = await service.create(owner, COURSE);
      expect(created).toMatchObject({
        slug: 'cybersecurity-awareness-en', title: COURSE.title, status: 'draft', version: 1, publishedVersion: null, hasUnpublishedChanges: true,
        modules: [], tags: ['safety'], competences: [{ area: 'safety', level: 'foundation' }], translationOf: null,
      });
      expect((await service.editable(owner, created.id)).ownerId).toBe(owner.userId);
      expect((await service.create(owner, COURSE)).slug).toBe('cybersecurity-awareness-en-2');
      expect((await service.create(other, COURSE)).slug).toBe('cybersecurity-awareness-en-3');
    });

    it('fills in defaults for the optional fields and makes a slug for a Lao title', async () => {
      const { service } = setup();
      const { estimatedMinutes: _m, tags: _t, competences: _c, ...bare } = COURSE;
      const created = await service.create(owner, { ...bare, title: 'ຄວາມປອດໄພທາງໄຊເບີ', locale: 'lo' });
      expect(created).toMatchObject({ estimatedMinutes: null, tags: [], competences: [], locale: 'lo' });
      expect(created.slug).toMatch(/^course-[0-9a-f]{6}-lo$/);
    });

    it('takes a free slug as given and refuses a taken one with 409', async () => {
      const { service } = setup();
      expect((await service.create(owner, { ...COURSE, slug: 'cyber-101' })).slug).toBe('cyber-101');
      expect(await failure(service.create(other, { ...COURSE, slug: 'cyber-101' }))).toEqual({ status: 409, code: CoursesErrorCode.SlugTaken });
    });

    it('links a translation only to a course the creator may edit', async () => {
      const { service, course, published } = setup();
      const mine = await course();
      const othersDraft = await course('Draft of the owner');
      const othersPublished = await published('Published by the owner');
      expect(await failure(service.create(other, { ...COURSE, locale: 'lo', translationOf: othersDraft }))).toEqual(NOT_FOUND);
      expect(await failure(service.create(other, { ...COURSE, locale: 'lo', translationOf: othersPublished }))).toEqual(FORBIDDEN);
      expect((await service.create(owner, { ...COURSE, locale: 'lo', translationOf: mine })).translationOf).toBe(mine);
    });
  });

  describe('who may read and change a course', () => {
    it('keeps a draft from learners and other instructors (404), and shows it to its owner, co-authors and admins', async () => {
      const { service, courses, course } = setup();
      const id = await course();
      await courses.replaceAuthors(id, [other.userId]);
      const outsider = person('outsider', ['learner', 'instructor']);
      expect(await failure(service.detail(learner, id))).toEqual(NOT_FOUND);
      expect(await failure(service.detail(outsider, id))).toEqual(NOT_FOUND);
      for (const reader of [owner, other, admin]) expect((await service.detail(reader, id)).status).toBe('draft');
      expect(await failure(service.detail(learner, '6a1f3c4e-0000-4000-8000-000000000000'))).toEqual(NOT_FOUND);
    });

    it('answers edits of a draft by non-authors with 404, and of a published course with 403, logging the denial', async () => {
      const { service, securityLog, course } = setup();
      const id = await course();
      for (const actor of [other, learner]) {
        expect(await failure(service.update(actor, id, { title: 'Hijack' }))).toEqual(NOT_FOUND);
        expect(await failure(service.publish(actor, id))).toEqual(NOT_FOUND);
        expect(await failure(service.archive(actor, id))).toEqual(NOT_FOUND);
      }
      await service.publish(owner, id);
      for (const actor of [other, learner]) {
        expect(await failure(service.update(actor, id, { title: 'Hijack' }))).toEqual(FORBIDDEN);
        expect(await failure(service.publish(actor, id))).toEqual(FORBIDDEN);
        expect(await failure(service.archive(actor, id))).toEqual(FORBIDDEN);
      }
      expect(securityLog.events).toHaveLength(6);
      expect(securityLog.events.every((e) => e.kind === 'authz.denied' && e.reason === 'course edit by non-author')).toBe(true);
      expect((await service.detail(learner, id)).title).toBe(COURSE.title);
    });

    it('lets an admin edit, publish and archive anyone’s course', async () => {
      const { service, course } = setup();
      const id = await course();
      expect((await service.update(admin, id, { summary: 'Edited by an admin' })).summary).toBe('Edited by an admin');
      expect((await service.publish(admin, id)).status).toBe('published');
      expect((await service.archive(admin, id)).status).toBe('archived');
    });
  });

  describe('co-authors', () => {
    it('lets the owner add an instructor as co-author, who may then edit but not publish, archive or choose co-authors', async () => {
      const { service, course } = setup();
      const id = await course('Co-authored course');
      expect(await failure(service.update(other, id, { summary: 'x' }))).toEqual(NOT_FOUND);
      expect(await service.replaceAuthors(owner, id, [other.userId])).toEqual({ ownerId: owner.userId, authorIds: [other.userId] });
      expect((await service.update(other, id, { summary: 'Improved by a co-author' })).summary).toBe('Improved by a co-author');
      expect(await failure(service.publish(other, id))).toEqual(FORBIDDEN);
      expect(await failure(service.archive(other, id))).toEqual(FORBIDDEN);
      expect(await failure(service.replaceAuthors(other, id, []))).toEqual(FORBIDDEN);
      expect((await service.publish(owner, id)).status).toBe('published');
    });

    it('refuses learners as co-authors with 400 and writes nothing', async () => {
      const { service, course } = setup();
      const id = await course();
      expect(await failure(service.replaceAuthors(owner, id, [other.userId, learner.userId]))).toEqual({ status: 400, code: CoursesErrorCode.NotAnInstructor });
      expect(await failure(service.update(other, id, { summary: 'x' }))).toEqual(NOT_FOUND);
    });

    it('drops the owner and duplicates from the list, sorts it, and lets an admin replace it', async () => {
      const { service, courses, course } = setup();
      const id = await course();
      courses.activeInstructors.add('zed').add('amy');
      expect(await service.replaceAuthors(owner, id, ['zed', owner.userId, 'amy', 'zed'])).toEqual({ ownerId: owner.userId, authorIds: ['amy', 'zed'] });
      expect((await courses.findCourse(id))!.authorIds.sort()).toEqual(['amy', 'zed']);
      expect(await service.replaceAuthors(admin, id, [])).toEqual({ ownerId: owner.userId, authorIds: [] });
      expect(await failure(service.detail(person('amy', ['instructor']), id))).toEqual(NOT_FOUND);
    });
  });

  describe('publishing and versions', () => {
    it('refuses to publish a course with no lessons (409), leaving it a draft', async () => {
      const { service, courses } = setup();
      const { id } = await service.create(owner, { ...COURSE, title: 'Empty course' });
      await courses.editDraft(id, (draft) => draft.addModule('A module without lessons'));
      expect(await failure(service.publish(owner, id))).toEqual({ status: 409, code: CoursesErrorCode.EmptyCourse });
      expect(await service.detail(owner, id)).toMatchObject({ status: 'draft', publishedVersion: null });
      expect(await failure(service.detail(learner, id))).toEqual(NOT_FOUND);
    });

    it('publishes the draft as a frozen version that learners read', async () => {
      const { service, course } = setup();
      const id = await course('Email for government work', 2);
      expect(await service.publish(owner, id)).toMatchObject({ status: 'published', version: 1, publishedVersion: 1, hasUnpublishedChanges: false });
      const seen = await service.detail(learner, id);
      expect(seen).toMatchObject({ version: 1, title: 'Email for government work', hasUnpublishedChanges: false });
      expect(seen.modules[0].items.map((i) => i.title)).toEqual(['Lesson 1', 'Lesson 2']);
    });

    it('sends edits after publishing to a new draft, while learners keep the published version until the next publish', async () => {
      const { service, published } = setup();
      const id = await published('Email for government work');
      const draft = await service.update(owner, id, { title: 'Email for government work, 2nd edition', tags: ['email'] });
      expect(draft).toMatchObject({ version: 2, publishedVersion: 1, hasUnpublishedChanges: true, status: 'published', tags: ['email'] });
      expect((await service.update(owner, id, { summary: 'Second edit' })).version).toBe(2);
      expect(await service.detail(learner, id)).toMatchObject({ version: 1, title: 'Email for government work', summary: COURSE.summary, tags: ['safety'] });

      expect(await service.publish(owner, id)).toMatchObject({ version: 2, publishedVersion: 2, hasUnpublishedChanges: false });
      expect(await service.detail(learner, id)).toMatchObject({ version: 2, title: 'Email for government work, 2nd edition', summary: 'Second edit' });
      expect((await service.update(owner, id, { level: 'advanced' })).version).toBe(3);
    });

    it('changes the slug across versions but refuses one another course has (409)', async () => {
      const { service, course, published } = setup();
      const first = await course('First course');
      const id = await published('Second course');
      const taken = (await service.detail(owner, first)).slug;
      expect(await failure(service.update(owner, id, { slug: taken }))).toEqual({ status: 409, code: CoursesErrorCode.SlugTaken });
      const current = (await service.detail(owner, id)).slug;
      expect((await service.update(owner, id, { slug: current, title: 'Same slug' })).slug).toBe(current);
      await service.update(owner, id, { slug: 'second-course-renamed' });
      expect((await service.detail(learner, id)).slug).toBe('second-course-renamed');
    });

    it('shows an enrolled learner their progress on the published outline, and authors none on the draft', async () => {
      const { service, enrolments, published } = setup();
      const id = await published();
      const lessonId = (await service.detail(learner, id)).modules[0].items[0].id;
      const enrolment: CourseEnrolment = { id: 'e1', status: 'in_progress', progressPercent: 100, dueAt: null, completedAt: null, overdue: false, completedItemIds: [lessonId] };
      enrolments.enrolments.set(`${learner.userId}:${id}`, enrolment);
      enrolments.enrolments.set(`${owner.userId}:${id}`, enrolment);
      const seen = await service.detail(learner, id);
      expect(seen.enrolment).toEqual(enrolment);
      expect(seen.modules[0].items[0].completed).toBe(true);
      await service.update(owner, id, { summary: 'Draft edit' });
      const authorView = await service.detail(owner, id);
      expect(authorView.enrolment).toBeUndefined();
      expect(authorView.modules[0].items[0].completed).toBeUndefined();
    });
  });

  describe('catalogue', () => {
    it('lists only published courses to learners, at their published version', async () => {
      const { service, course, published } = setup();
      const draft = await course('Data science foundations');
      const live = await published('AI fundamentals for public servants', { category: 'ai' });
      await service.update(owner, live, { title: 'AI fundamentals, unpublished edit' });
      const page = await service.catalogue(learner, query());
      expect(ids(page)).toEqual([live]);
      expect(page.items[0]).toEqual({
        id: live, slug: 'ai-fundamentals-for-public-servants-en', title: 'AI fundamentals for public servants', summary: COURSE.summary,
        category: 'ai', locale: 'en', level: 'beginner', estimatedMinutes: 90, status: 'published',
      });
      expect(ids(await service.catalogue(owner, query()))).not.toContain(draft);
    });

    it('lists drafts to their authors and admins only, and refuses learners with 403', async () => {
      const { service, securityLog, course, published } = setup();
      const draft = await course('Data science foundations');
      await published('Published course');
      expect(await failure(service.catalogue(learner, query({ status: 'draft' })))).toEqual(FORBIDDEN);
      expect(securityLog.events).toEqual([{ kind: 'authz.denied', reason: 'catalogue status=draft' }]);
      expect(ids(await service.catalogue(owner, query({ status: 'draft' })))).toEqual([draft]);
      expect(ids(await service.catalogue(other, query({ status: 'draft' })))).toEqual([]);
      expect(ids(await service.catalogue(admin, query({ status: 'draft' })))).toEqual([draft]);
      await service.replaceAuthors(owner, draft, [other.userId]);
      expect(ids(await service.catalogue(other, query({ status: 'draft' })))).toEqual([draft]);
    });

    it('filters by text (any case), category and locale, and pages in title order', async () => {
      const { service, published } = setup();
      const ai = await published('AI fundamentals for public servants', { category: 'ai' });
      const email = await published('Email basics', { category: 'email' });
      const lao = await published('ຄວາມປອດໄພທາງໄຊເບີ', { locale: 'lo' });
      expect(ids(await service.catalogue(learner, query({ q: 'FUNDAMENTALS' })))).toEqual([ai]);
      expect(ids(await service.catalogue(learner, query({ q: 'ປອດໄພ' })))).toEqual([lao]);
      expect(ids(await service.catalogue(learner, query({ category: 'email' })))).toEqual([email]);
      expect((await service.catalogue(learner, query({ category: 'data-science' }))).total).toBe(0);
      expect(ids(await service.catalogue(learner, query({ locale: 'lo' })))).toEqual([lao]);
      expect(await service.catalogue(learner, query({ page: 2, pageSize: 1 }))).toEqual({ items: [expect.objectContaining({ id: email })], total: 3, page: 2, pageSize: 1 });
    });
  });

  describe('archive', () => {
    it('takes a course out of the catalogue and hides it from learners, but not from its authors', async () => {
      const { service, published } = setup();
      const id = await published('Digital policy and regulation');
      expect((await service.archive(owner, id)).status).toBe('archived');
      expect(ids(await service.catalogue(learner, query()))).not.toContain(id);
      expect(await failure(service.detail(learner, id))).toEqual(NOT_FOUND);
      expect(await failure(service.detail(other, id))).toEqual(NOT_FOUND);
      expect((await service.detail(owner, id)).status).toBe('archived');
      expect(ids(await service.catalogue(owner, query({ status: 'archived' })))).toEqual([id]);
    });
  });
});

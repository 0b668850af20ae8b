import { DEFAULT_VIDEO_HOSTS, type Actor, type AppConfig } from '@lms/server-core';
import { FakeClock, FakeCoursesRepository, FakeSecurityLog, failureOf } from '@lms/server-testing';
import { MediaUrls } from './attachments/media-urls';
import { AuthoringService } from './authoring.service';
import { CoursesErrorCode } from './courses.exception';
import { CoursesService } from './courses.service';
import type { CreateCourseDto } from './dtos/course.dto';

const COURSE: CreateCourseDto = { title: 'Email for government work', summary: 'Writing and filing official email.', category: 'email', locale: 'en', level: 'beginner' };
const config = { jwt: { accessSecret: 'a-test-secret-long-enough-0123456789abcdef' }, videoHosts: DEFAULT_VIDEO_HOSTS } as AppConfig;

const person = (userId: string, roles: Actor['roles']): Actor => ({ userId, roles, orgUnitId: 'mtc', locale: 'en', sessionId: null });
const owner = person('owner', ['learner', 'instructor']);
const other = person('other', ['learner', 'instructor']);
const admin = person('admin', ['learner', 'admin']);
const learner = person('learner', ['learner']);

const FILE_ID = '0b6c1a52-3f0e-4b8e-9a51-5d0c2b7e9f10';
const IMAGE = {
  id: FILE_ID, filename: 'diagram.png', contentType: 'image/png', sizeBytes: 90_000, storageKey: 'a/diagram.png',
  variants: [{ width: 960, contentType: 'image/webp', sizeBytes: 30_000, storageKey: 'a/960.webp' }, { width: 480, contentType: 'image/webp', sizeBytes: 12_000, storageKey: 'a/480.webp' }],
};

function setup() {
  const courses = new FakeCoursesRepository();
  const coursesService = new CoursesService(courses, new FakeSecurityLog().asSecurityLog());
  const clock = new FakeClock(new Date('2026-06-01T08:00:00Z'));
  const mediaUrls = new MediaUrls(config, clock);
  const authoring = new AuthoringService(courses, coursesService, mediaUrls, config);
  /** A draft course of the owner's with one module. */
  const course = async (title = COURSE.title) => {
    const { id } = await coursesService.create(owner, { ...COURSE, title });
    const mod = await authoring.addModule(owner, id, { title: 'Module 1' });
    return { id, moduleId: mod.id };
  };
  const outline = async (actor: Actor, courseId: string) => (await coursesService.detail(actor, courseId)).modules;
  return { courses, coursesService, mediaUrls, authoring, course, outline };
}

const failure = (call: Promise<unknown>) => failureOf<CoursesErrorCode>(call);

const COURSE_NOT_FOUND = { status: 404, code: CoursesErrorCode.CourseNotFound };
const MODULE_NOT_FOUND = { status: 404, code: CoursesErrorCode.ModuleNotFound };
const LESSON_NOT_FOUND = { status: 404, code: CoursesErrorCode.LessonNotFound };
const FORBIDDEN = { status: 403, code: CoursesErrorCode.NotAnAuthor };
const query = (url: string) => Object.fromEntries(new URL(url.replaceAll('&amp;', '&'), 'http://x').searchParams);

describe('AuthoringService', () => {
  describe('modules', () => {
    it('appends modules to the draft outline in order', async () => {
      const { authoring, course, outline } = setup();
      const { id, moduleId } = await course();
      expect(await authoring.addModule(owner, id, { title: 'Module 2' })).toEqual({ id: expect.any(String), title: 'Module 2', position: 2, items: [] });
      expect((await outline(owner, id)).map((m) => [m.id === moduleId ? 'first' : 'second', m.title, m.position])).toEqual([['first', 'Module 1', 1], ['second', 'Module 2', 2]]);
    });

    it('renames and moves a module, the others making room', async () => {
      const { authoring, course, outline } = setup();
      const { id } = await course();
      await authoring.addModule(owner, id, { title: 'Module 2' });
      const third = await authoring.addModule(owner, id, { title: 'Module 3' });
      expect(await authoring.updateModule(owner, third.id, { title: 'Module three, moved first', position: 1 })).toMatchObject({ id: third.id, title: 'Module three, moved first', position: 1 });
      expect((await outline(owner, id)).map((m) => [m.title, m.position])).toEqual([['Module three, moved first', 1], ['Module 1', 2], ['Module 2', 3]]);
      await authoring.updateModule(owner, third.id, { position: 99 });
      expect((await outline(owner, id)).map((m) => m.title)).toEqual(['Module 1', 'Module 2', 'Module three, moved first']);
    });

    it('lets only authors and admins change the outline: 404 while it is a draft, 403 once published', async () => {
      const { authoring, coursesService, course } = setup();
      const { id, moduleId } = await course();
      await authoring.addLesson(owner, moduleId, { title: 'Lesson', markdown: 'Text' });
      for (const actor of [other, learner]) {
        expect(await failure(authoring.addModule(actor, id, { title: 'x' }))).toEqual(COURSE_NOT_FOUND);
        expect(await failure(authoring.updateModule(actor, moduleId, { title: 'x' }))).toEqual(COURSE_NOT_FOUND);
        expect(await failure(authoring.addLesson(actor, moduleId, { title: 'x', markdown: 'x' }))).toEqual(COURSE_NOT_FOUND);
      }
      await coursesService.publish(owner, id);
      for (const actor of [other, learner]) {
        expect(await failure(authoring.addModule(actor, id, { title: 'x' }))).toEqual(FORBIDDEN);
        expect(await failure(authoring.updateModule(actor, moduleId, { title: 'x' }))).toEqual(FORBIDDEN);
        expect(await failure(authoring.addLesson(actor, moduleId, { title: 'x', markdown: 'x' }))).toEqual(FORBIDDEN);
      }
      expect((await authoring.addModule(admin, id, { title: 'Added by an admin' })).position).toBe(2);
    });

    it('answers an unknown module or course with 404', async () => {
      const { authoring } = setup();
      const unknown = '6a1f3c4e-0000-4000-8000-000000000000';
      expect(await failure(authoring.addModule(owner, unknown, { title: 'x' }))).toEqual(COURSE_NOT_FOUND);
      expect(await failure(authoring.updateModule(owner, unknown, { title: 'x' }))).toEqual(MODULE_NOT_FOUND);
      expect(await failure(authoring.addLesson(owner, unknown, { title: 'x', markdown: 'x' }))).toEqual(MODULE_NOT_FOUND);
    });
  });

  describe('lessons', () => {
    it('renders a new lesson’s Markdown on the server and adds it at the end of its module', async () => {
      const { authoring, course, outline } = setup();
      const { id, moduleId } = await course();
      await authoring.addLesson(owner, moduleId, { title: 'Lesson 1', markdown: 'First' });
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'Lesson 2', markdown: '# Lesson 2\n\nSee **this**.' });
      expect(lesson).toEqual({ id: expect.any(String), title: 'Lesson 2', html: '<h1>Lesson 2</h1>\n<p>See <strong>this</strong>.</p>\n', markdown: '# Lesson 2\n\nSee **this**.', attachments: [], downloadBytes: Buffer.byteLength(lesson.html) });
      expect((await outline(owner, id))[0].items).toEqual([
        { id: expect.any(String), kind: 'lesson', title: 'Lesson 1', position: 1 },
        { id: lesson.id, kind: 'lesson', title: 'Lesson 2', position: 2 },
      ]);
    });

    it('strips script, event handlers and javascript: links from lesson HTML, when added and when changed', async () => {
      const { authoring, course } = setup();
      const { moduleId } = await course('Safe web search');
      const markdown = 'ຄົ້ນຫາ <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
      const unsafe = /<script|<img|<[a-z][^>]*\son[a-z]+=|href="javascript/i;
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'ການຄົ້ນຫາ', markdown });
      expect(lesson.html).not.toMatch(unsafe);
      expect(lesson.html).toContain('ຄົ້ນຫາ');
      expect((await authoring.lesson(owner, lesson.id)).html).toBe(lesson.html);
      const changed = await authoring.updateLesson(owner, lesson.id, { markdown: `Changed ${markdown}` });
      expect(changed.html).not.toMatch(unsafe);
      expect(changed.html).toContain('Changed');
    });

    it('renames, rewrites and moves a lesson within its module', async () => {
      const { authoring, course, outline } = setup();
      const { id, moduleId } = await course();
      const first = await authoring.addLesson(owner, moduleId, { title: 'Lesson 1', markdown: 'One' });
      await authoring.addLesson(owner, moduleId, { title: 'Lesson 2', markdown: 'Two' });
      expect(await authoring.updateLesson(owner, first.id, { title: 'Renamed' })).toMatchObject({ title: 'Renamed', html: '<p>One</p>\n' });
      expect((await authoring.updateLesson(owner, first.id, { markdown: 'New **text**', position: 2 })).html).toBe('<p>New <strong>text</strong></p>\n');
      expect((await outline(owner, id))[0].items.map((i) => [i.title, i.position])).toEqual([['Lesson 2', 1], ['Renamed', 2]]);
    });

    it('answers an unknown lesson, or an item that is not a lesson, with 404, and non-authors as for the course', async () => {
      const { authoring, courses, coursesService, course } = setup();
      const { id, moduleId } = await course();
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'Lesson', markdown: 'Text' });
      const unknown = '6a1f3c4e-0000-4000-8000-000000000000';
      expect(await failure(authoring.updateLesson(owner, unknown, { title: 'x' }))).toEqual(LESSON_NOT_FOUND);
      expect(await failure(authoring.lesson(owner, unknown))).toEqual(LESSON_NOT_FOUND);
      const imported = await courses.createFromPackage(
        { translationKey: null, slug: 'quiz-course-en', locale: 'en', title: 'Quiz course', summary: '', category: 'email', level: 'beginner', estimatedMinutes: null, tags: [], competences: [], modules: [{ title: 'M', items: [{ kind: 'quiz', title: 'Quiz', content: '::Q:: 1+1? {=2 ~3}' }] }] },
        owner.userId,
      );
      const quizId = (await coursesService.detail(owner, imported)).modules[0].items[0].id;
      expect(await failure(authoring.updateLesson(owner, quizId, { title: 'x' }))).toEqual(LESSON_NOT_FOUND);
      expect((await coursesService.detail(owner, imported)).modules[0].items[0]).toMatchObject({ kind: 'quiz', title: 'Quiz' });
      expect(await failure(authoring.lesson(owner, quizId))).toEqual(LESSON_NOT_FOUND);
      expect(await failure(authoring.updateLesson(other, lesson.id, { title: 'x' }))).toEqual(COURSE_NOT_FOUND);
      await coursesService.publish(owner, id);
      expect(await failure(authoring.updateLesson(other, lesson.id, { title: 'x' }))).toEqual(FORBIDDEN);
    });

    it('shows learners a lesson only once its course is published, and not after it is archived', async () => {
      const { authoring, coursesService, course } = setup();
      const { id, moduleId } = await course();
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'Lesson', markdown: 'Text' });
      expect(await failure(authoring.lesson(learner, lesson.id))).toEqual(LESSON_NOT_FOUND);
      expect(await failure(authoring.lesson(other, lesson.id))).toEqual(LESSON_NOT_FOUND);
      expect((await authoring.lesson(admin, lesson.id)).title).toBe('Lesson');
      await coursesService.publish(owner, id);
      expect((await authoring.lesson(learner, lesson.id)).html).toBe('<p>Text</p>\n');
      await coursesService.archive(owner, id);
      expect(await failure(authoring.lesson(learner, lesson.id))).toEqual(LESSON_NOT_FOUND);
    });
  });

  describe('versions', () => {
    it('writes edits after publishing to the next draft; learners keep the published outline and lessons until it is published', async () => {
      const { authoring, coursesService, course, outline } = setup();
      const { id, moduleId } = await course();
      const second = await authoring.addModule(owner, id, { title: 'Module 2' });
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'Lesson 1.1', markdown: '# Lesson 1.1\n\nText.' });
      await coursesService.publish(owner, id);

      await authoring.updateLesson(owner, lesson.id, { title: 'Renamed lesson', markdown: 'New **text**' });
      await authoring.updateModule(owner, second.id, { title: 'Module two, moved first', position: 1 });
      const added = await authoring.addLesson(owner, second.id, { title: 'Draft-only lesson', markdown: 'Soon' });

      const draft = await coursesService.detail(owner, id);
      expect(draft).toMatchObject({ version: 2, publishedVersion: 1, hasUnpublishedChanges: true });
      expect(draft.modules.map((m) => [m.title, m.position])).toEqual([['Module two, moved first', 1], ['Module 1', 2]]);
      expect(draft.modules[1].items[0]).toMatchObject({ id: lesson.id, title: 'Renamed lesson' });

      expect((await outline(learner, id)).map((m) => [m.title, m.items.map((i) => i.title)])).toEqual([['Module 1', ['Lesson 1.1']], ['Module 2', []]]);
      expect(await authoring.lesson(learner, lesson.id)).toMatchObject({ title: 'Lesson 1.1', html: expect.stringContaining('<h1>Lesson 1.1</h1>') });
      expect(await failure(authoring.lesson(learner, added.id))).toEqual(LESSON_NOT_FOUND);
      expect((await authoring.lesson(owner, lesson.id)).title).toBe('Renamed lesson');

      await coursesService.publish(owner, id);
      expect(await authoring.lesson(learner, lesson.id)).toMatchObject({ title: 'Renamed lesson', html: '<p>New <strong>text</strong></p>\n' });
      expect((await authoring.lesson(learner, added.id)).title).toBe('Draft-only lesson');
    });
  });

  describe('attachments', () => {
    it('signs every attachment URL of a lesson, in its HTML and its file list, and counts what opening it costs', async () => {
      const { authoring, courses, mediaUrls, course } = setup();
      const { id, moduleId } = await course();
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'With a diagram', markdown: `![Diagram](/api/v1/attachments/${FILE_ID})\n\n[Course list](/api/v1/courses)` });
      await courses.editDraft(id, (draft) => draft.addAttachment(lesson.id, { ...IMAGE, createdBy: owner.userId }));

      const view = await authoring.lesson(owner, lesson.id);
      const exp = String(Date.UTC(2026, 5, 3) / 1000);
      const src = view.html.match(/src="([^"]+)"/)![1];
      expect(src).toMatch(new RegExp(`^/api/v1/attachments/${FILE_ID}\\?exp=${exp}&amp;sig=[\\w-]+$`));
      expect(mediaUrls.verify(FILE_ID, undefined, query(src).exp, query(src).sig)).toBe(true);
      expect(view.html).toContain('href="/api/v1/courses"');

      const [file] = view.attachments;
      expect(file).toMatchObject({ id: FILE_ID, filename: 'diagram.png', contentType: 'image/png', sizeBytes: 90_000 });
      expect(mediaUrls.verify(FILE_ID, undefined, query(file.url).exp, query(file.url).sig)).toBe(true);
      expect(file.variants.map((v) => [v.width, v.sizeBytes])).toEqual([[480, 12_000], [960, 30_000]]);
      for (const v of file.variants) {
        expect(v.url).toMatch(new RegExp(`^/api/v1/attachments/${FILE_ID}\\?width=${v.width}&exp=${exp}&sig=[\\w-]+$`));
        expect(mediaUrls.verify(FILE_ID, String(v.width), query(v.url).exp, query(v.url).sig)).toBe(true);
      }
      expect(view.downloadBytes).toBe(Buffer.byteLength(view.html) + 12_000);
    });

    it('keeps a published lesson’s files for learners while a file added to the next draft waits for publishing', async () => {
      const { authoring, courses, coursesService, course } = setup();
      const { id, moduleId } = await course();
      const lesson = await authoring.addLesson(owner, moduleId, { title: 'Lesson', markdown: 'Text' });
      await courses.editDraft(id, (draft) => draft.addAttachment(lesson.id, { ...IMAGE, createdBy: owner.userId }));
      await coursesService.publish(owner, id);
      const second = { ...IMAGE, id: '1b6c1a52-3f0e-4b8e-9a51-5d0c2b7e9f10', filename: 'handout.pdf', contentType: 'application/pdf', variants: [] };
      await courses.editDraft(id, (draft) => draft.addAttachment(lesson.id, { ...second, createdBy: owner.userId }));
      expect((await authoring.lesson(learner, lesson.id)).attachments.map((a) => a.filename)).toEqual(['diagram.png']);
      expect((await authoring.lesson(owner, lesson.id)).attachments.map((a) => a.filename)).toEqual(['diagram.png', 'handout.pdf']);
      await coursesService.publish(owner, id);
      expect((await authoring.lesson(learner, lesson.id)).attachments.map((a) => a.filename)).toEqual(['diagram.png', 'handout.pdf']);
    });
  });
});

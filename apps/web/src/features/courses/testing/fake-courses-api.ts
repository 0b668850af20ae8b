import type { AttachmentView, CourseDetail, CourseEnrolment, CourseSummary, EnrolmentView, LessonView, Page } from '@lms/contracts';
import { mockFetch, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';

/** Ids as the server makes them (UUIDs), readable in test output. */
export const ids = {
  emailCourse: '0b6f2c1e-0000-4000-8000-00000000c001',
  aiCourse: '0b6f2c1e-0000-4000-8000-00000000c002',
  securityCourse: '0b6f2c1e-0000-4000-8000-00000000c003',
  module1: '0b6f2c1e-0000-4000-8000-00000000a001',
  module2: '0b6f2c1e-0000-4000-8000-00000000a002',
  lesson1: '0b6f2c1e-0000-4000-8000-00000000b001',
  lesson2: '0b6f2c1e-0000-4000-8000-00000000b002',
  quiz1: '0b6f2c1e-0000-4000-8000-00000000d001',
  lesson3: '0b6f2c1e-0000-4000-8000-00000000b003',
  enrolment: '0b6f2c1e-0000-4000-8000-00000000e001',
  attachment: '0b6f2c1e-0000-4000-8000-00000000f001',
};

export const summaries: CourseSummary[] = [
  {
    id: ids.emailCourse,
    slug: 'email-lo',
    title: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ',
    summary: 'ຂຽນ, ຈັດລຽງ ແລະ ປົກປ້ອງອີເມວຂອງທ່ານ ໃນວຽກງານປະຈຳວັນ.',
    category: 'email',
    locale: 'lo',
    level: 'beginner',
    estimatedMinutes: 90,
    status: 'published',
  },
  {
    id: ids.aiCourse,
    slug: 'ai-en',
    title: 'Artificial intelligence at work',
    summary: 'What AI can and cannot do for a government office.',
    category: 'ai',
    locale: 'en',
    level: 'intermediate',
    estimatedMinutes: 45,
    status: 'published',
  },
  {
    id: ids.securityCourse,
    slug: 'security-lo',
    title: 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບທຸກຄົນ',
    summary: 'ຮູ້ຈັກຟິດຊິງ ແລະ ປົກປ້ອງບັນຊີຂອງທ່ານ.',
    category: 'cybersecurity',
    locale: 'lo',
    level: 'advanced',
    estimatedMinutes: 120,
    status: 'published',
  },
];

/** The e-mail course: two modules; lesson, lesson, quiz, lesson. */
export function emailCourse(enrolment?: Partial<CourseEnrolment>): CourseDetail {
  const base: CourseDetail = {
    ...summaries[0],
    tags: ['email'],
    competences: [{ area: 'communication-collaboration', level: 'foundation' }],
    version: 1,
    publishedVersion: 1,
    hasUnpublishedChanges: false,
    translationOf: null,
    // Deliberately out of order: the screens sort by position.
    modules: [
      {
        id: ids.module2,
        title: 'ຄວາມປອດໄພຂອງອີເມວ',
        position: 2,
        items: [{ id: ids.lesson3, kind: 'lesson', title: 'ຟິດຊິງ ແລະ ອີເມວປອມ', position: 1 }],
      },
      {
        id: ids.module1,
        title: 'ພື້ນຖານອີເມວ',
        position: 1,
        items: [
          { id: ids.quiz1, kind: 'quiz', title: 'ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ', position: 3 },
          { id: ids.lesson1, kind: 'lesson', title: 'ອີເມວແມ່ນຫຍັງ', position: 1 },
          { id: ids.lesson2, kind: 'lesson', title: 'ການຂຽນອີເມວທີ່ດີ', position: 2 },
        ],
      },
    ],
  };
  if (!enrolment) return base;
  const full: CourseEnrolment = {
    id: ids.enrolment,
    status: 'in_progress',
    progressPercent: 0,
    dueAt: null,
    completedAt: null,
    overdue: false,
    completedItemIds: [],
    ...enrolment,
  };
  const done = new Set(full.completedItemIds);
  return { ...base, enrolment: full, modules: base.modules.map((m) => ({ ...m, items: m.items.map((i) => ({ ...i, completed: done.has(i.id) })) })) };
}

export const attachment: AttachmentView = {
  id: ids.attachment,
  filename: 'email-checklist.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1_520_000,
  url: `/api/v1/attachments/${ids.attachment}?exp=1900000000&sig=abc`,
  variants: [],
};

export const lessons: Record<string, LessonView> = {
  [ids.lesson1]: { id: ids.lesson1, title: 'ອີເມວແມ່ນຫຍັງ', html: '<h1>ອີເມວແມ່ນຫຍັງ</h1>\n<p>ອີເມວແມ່ນຈົດໝາຍເອເລັກໂຕຣນິກ.</p>', attachments: [], downloadBytes: 2_000 },
  [ids.lesson2]: {
    id: ids.lesson2,
    title: 'ການຂຽນອີເມວທີ່ດີ',
    html: '<h1>ການຂຽນອີເມວທີ່ດີ</h1>\n<p>ຫົວເລື່ອງຄວນສັ້ນ ແລະ ຈະແຈ້ງ.</p>\n<h2>ຄຳຂຶ້ນຕົ້ນ</h2>\n<p>ເລີ່ມດ້ວຍຄຳທັກທາຍ.</p>\n<table><tr><td>ກ</td></tr></table>',
    attachments: [attachment],
    downloadBytes: 1_530_000,
  },
  [ids.lesson3]: { id: ids.lesson3, title: 'ຟິດຊິງ ແລະ ອີເມວປອມ', html: '<p>ຢ່າກົດລິ້ງທີ່ບໍ່ຮູ້ຈັກ.</p>', attachments: [], downloadBytes: 900 },
};

const notFound: FakeResponse = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found', details: [] } };

export interface FakeCoursesApi {
  calls: RecordedCall[];
  /** The learner's enrolment in the e-mail course, as the server holds it (undefined: not enrolled). */
  enrolment: CourseEnrolment | undefined;
}

/**
 * The API as far as these screens use it, with state: enrolling and completing lessons change
 * what GET /courses/:id answers next. `override` answers first when it returns something.
 */
export function fakeCoursesApi(
  options: { enrolment?: Partial<CourseEnrolment>; catalogue?: CourseSummary[]; override?: (call: RecordedCall) => FakeResponse | undefined } = {},
): FakeCoursesApi {
  const state: FakeCoursesApi = { calls: [], enrolment: options.enrolment ? emailCourse(options.enrolment).enrolment : undefined };
  const catalogue = options.catalogue ?? summaries;
  const itemCount = emailCourse().modules.reduce((n, m) => n + m.items.length, 0);

  const enrolmentView = (e: CourseEnrolment): EnrolmentView => ({
    id: e.id,
    course: summaries[0],
    status: e.status,
    progressPercent: e.progressPercent,
    dueAt: e.dueAt,
    completedAt: e.completedAt,
    certificateId: null,
    overdue: e.overdue,
    mandatory: false,
    enrolledAt: '2026-01-05T02:00:00Z',
    cycle: 1,
    expiresAt: null,
    history: [],
  });

  state.calls = mockFetch((call) => {
    const answer = options.override?.(call);
    if (answer) return answer;
    const url = new URL(call.url, 'http://lane.test');
    const path = url.pathname.replace('/api/v1', '');

    if (call.method === 'GET' && path === '/courses') {
      const category = url.searchParams.get('category');
      const q = url.searchParams.get('q');
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
      const matching = catalogue.filter((c) => (!category || c.category === category) && (!q || `${c.title} ${c.summary}`.includes(q)));
      const body: Page<CourseSummary> = { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize };
      return { status: 200, body };
    }
    if (call.method === 'GET' && path === `/courses/${ids.emailCourse}`) {
      const course = emailCourse(state.enrolment);
      return { status: 200, body: state.enrolment ? course : { ...course, enrolment: undefined } };
    }
    if (call.method === 'POST' && path === `/courses/${ids.emailCourse}/enrol`) {
      const created = !state.enrolment;
      state.enrolment ??= emailCourse({ status: 'not_started' }).enrolment!;
      return { status: created ? 201 : 200, body: enrolmentView(state.enrolment) };
    }
    const lesson = /^\/lessons\/([^/]+)(\/complete)?$/.exec(path);
    if (lesson && call.method === 'GET' && !lesson[2]) return lessons[lesson[1]] ? { status: 200, body: lessons[lesson[1]] } : notFound;
    if (lesson && call.method === 'POST' && lesson[2]) {
      if (!lessons[lesson[1]]) return notFound;
      if (!state.enrolment) return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Enrol in the course before completing its lessons', details: [] } };
      const done = [...new Set([...state.enrolment.completedItemIds, lesson[1]])];
      const progressPercent = Math.round((done.length / itemCount) * 100);
      state.enrolment = {
        ...state.enrolment,
        completedItemIds: done,
        progressPercent,
        status: done.length === itemCount ? 'completed' : 'in_progress',
        completedAt: done.length === itemCount ? '2026-03-01T03:00:00Z' : null,
      };
      return { status: 201, body: enrolmentView(state.enrolment) };
    }
    return notFound;
  });
  return state;
}

/** The GET requests made so far to one path (query string included), for asserting what was asked. */
export function requests(api: FakeCoursesApi, method: string, pathPrefix: string): RecordedCall[] {
  return api.calls.filter((call) => call.method === method && call.url.startsWith(`/api/v1${pathPrefix}`));
}

import type { Pool } from 'pg';
import type { AnswerValue } from '@lms/contracts';
import { HttpClient } from './http-client';
import { mintAccessTokens } from './lane-processes';

/**
 * The benchmarks' quiz: 20 questions of the six automatically scored types (no essay), each worth
 * one point, authored in Moodle's format (the default) or Markdown. `right` and `wrong` are answers
 * worth exactly 1 and 0 points, so the expected score of every attempt is known in advance.
 */
interface BenchQuestion {
  definition: Record<string, unknown>;
  right: AnswerValue;
  wrong: AnswerValue;
}

const single = (n: number, md = false): BenchQuestion => ({
  definition: {
    type: 'single_choice',
    prompt: `[Q${n}] ອີເມວໃດເປັນ **phishing**? Which of these is phishing (${n})?`,
    ...(md ? { format: 'markdown' } : {}),
    generalFeedback: 'Check the sender and the link before you click.',
    options: [
      { text: 'A message from your director about the meeting', weight: 0, feedback: 'This one is expected.' },
      { text: 'A link to a look-alike bank site asking for your password', weight: 100, feedback: 'Right: the address gives it away.' },
      { text: 'The ministry newsletter you subscribed to', weight: 0 },
      { text: 'A calendar invitation from a colleague', weight: 0 },
    ],
  },
  right: 'o2',
  wrong: 'o1',
});

const multiple = (n: number): BenchQuestion => ({
  definition: {
    type: 'multiple_choice',
    prompt: `[Q${n}] Which of these are strong passwords?`,
    options: [
      { text: 'correct horse battery staple', weight: 50 },
      { text: 'ລາວ-ໄຟຟ້າ-2026-ນ້ຳຂອງ', weight: 50 },
      { text: 'password1', weight: 0 },
      { text: 'qwerty', weight: 0 },
    ],
  },
  right: ['o1', 'o2'],
  wrong: ['o3'],
});

const trueFalse = (n: number, correct: boolean): BenchQuestion => ({
  definition: { type: 'true_false', prompt: `[Q${n}] Two-factor authentication makes a stolen password less useful.`, correct, trueFeedback: 'Yes.', falseFeedback: 'Think again.' },
  right: correct,
  wrong: !correct,
});

const shortAnswer = (n: number, text: string): BenchQuestion => ({
  definition: { type: 'short_answer', prompt: `[Q${n}] The short name of the Ministry of Technology and Communications?`, answers: [{ text, weight: 100 }, { text: 'M*', weight: 0 }] },
  right: text.toLowerCase(),
  wrong: 'nothing',
});

const numeric = (n: number, value: number): BenchQuestion => ({
  definition: { type: 'numeric', prompt: `[Q${n}] How many digits follow 020 in a Lao mobile number?`, answers: [{ value, tolerance: 0, weight: 100 }] },
  right: value,
  wrong: value + 3,
});

const matching = (n: number): BenchQuestion => ({
  definition: {
    type: 'matching',
    prompt: `[Q${n}] Match each tool to its use`,
    pairs: [
      { prompt: 'Email', answer: 'Messages' },
      { prompt: 'Spreadsheet', answer: 'Tables of numbers' },
      { prompt: 'Video call', answer: 'Meetings at a distance' },
      { prompt: '', answer: 'Printing' },
    ],
  },
  right: { p1: 'c1', p2: 'c2', p3: 'c3' },
  wrong: { p1: 'c2', p2: 'c3', p3: 'c1' },
});

export const QUESTIONS: BenchQuestion[] = [
  single(1),
  multiple(2),
  trueFalse(3, true),
  shortAnswer(4, 'MTC'),
  numeric(5, 8),
  matching(6),
  single(7, true),
  multiple(8),
  trueFalse(9, false),
  shortAnswer(10, 'MOHA'),
  numeric(11, 1975),
  single(12),
  matching(13),
  multiple(14),
  trueFalse(15, true),
  single(16, true),
  shortAnswer(17, 'LAO'),
  numeric(18, 18),
  single(19),
  trueFalse(20, false),
];

export const PASS_PERCENT = 60;

/** A deterministic learner: each answers each question right with their own probability (30–100%). */
export function plannedAnswers(learner: number): boolean[] {
  let seed = (learner * 2654435761) >>> 0;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const skill = 0.3 + 0.7 * next();
  return QUESTIONS.map(() => next() < skill);
}

export interface QuizFixture {
  courseId: string;
  quizId: string;
  orgUnitId: string;
  /** Question id → index in QUESTIONS. */
  questionIndex: Map<string, number>;
  learnerIds: string[];
}

/**
 * An instructor (SQL), a course with a lesson module and a quiz module (HTTP, as an author does it),
 * `learners` learners enrolled by bulk SQL. The lesson is left unread, so passing the quiz completes
 * the quiz item but not the course.
 */
export async function createQuizFixture(db: Pool, http: HttpClient, env: NodeJS.ProcessEnv, learners: number, extra: { maxAttempts?: number } = {}): Promise<QuizFixture> {
  const [unit] = (await db.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MTC', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'Technology and Communications', 'ministry', '/MTC/') RETURNING id`)).rows;
  const [teacher] = (await db.query(`INSERT INTO users (email, display_name, org_unit_id, roles) VALUES ('teacher@mtc.gov.la', 'ອາຈານ', $1, '{learner,instructor}') RETURNING id`, [unit.id])).rows;
  const learnerRows = (
    await db.query(`INSERT INTO users (email, display_name, org_unit_id) SELECT 'learner' || g || '@mtc.gov.la', 'ຜູ້ຮຽນ ' || g, $1 FROM generate_series(1, $2) g RETURNING id`, [unit.id, learners])
  ).rows as { id: string }[];
  const [token] = await mintAccessTokens(env, [{ id: teacher.id, orgUnitId: unit.id, roles: ['learner', 'instructor'] }]);

  const course = await http.expect<{ id: string }>(201, 'POST', '/api/v1/courses', token, { title: 'ຄວາມປອດໄພທາງໄຊເບີ', summary: 'Cyber hygiene for civil servants', category: 'cybersecurity', locale: 'lo', level: 'beginner' });
  const lessons = await http.expect<{ id: string }>(201, 'POST', `/api/v1/courses/${course.id}/modules`, token, { title: 'ພາກທີ 1' });
  await http.expect(201, 'POST', `/api/v1/modules/${lessons.id}/lessons`, token, { title: 'ບົດທີ 1', markdown: '# Phishing\n\nCheck the sender.' });
  const quizModule = await http.expect<{ id: string }>(201, 'POST', `/api/v1/courses/${course.id}/modules`, token, { title: 'ແບບທົດສອບ' });
  const bank = await http.expect<{ id: string }>(201, 'POST', '/api/v1/question-banks', token, { title: 'Security basics', courseId: course.id });
  const questionIndex = new Map<string, number>();
  for (const [i, q] of QUESTIONS.entries()) {
    const created = await http.expect<{ id: string }>(201, 'POST', `/api/v1/question-banks/${bank.id}/questions`, token, q.definition);
    questionIndex.set(created.id, i);
  }
  const quiz = await http.expect<{ id: string }>(201, 'POST', `/api/v1/modules/${quizModule.id}/quizzes`, token, {
    title: 'Check your knowledge',
    questionBankId: bank.id,
    selection: { mode: 'all' },
    passPercent: PASS_PERCENT,
    shuffle: true,
    ...extra,
  });
  const published = await http.call('POST', `/api/v1/courses/${course.id}/publish`, token);
  if (published.status >= 300) throw new Error(`publish: ${published.status} ${published.body}`);
  await db.query(
    `INSERT INTO enrolments (user_id, course_id, course_version) SELECT u.id, c.id, c.published_version FROM users u JOIN courses c ON c.id = $1 WHERE u.id = ANY($2::uuid[])`,
    [course.id, learnerRows.map((r) => r.id)],
  );
  return { courseId: course.id, quizId: quiz.id, orgUnitId: unit.id, questionIndex, learnerIds: learnerRows.map((r) => r.id) };
}

/** The responses a learner sends for the attempt they were shown, and the score they should get. */
export function responsesFor(fixture: QuizFixture, attempt: { questions: { id: string }[] }, plan: boolean[]): { responses: { questionId: string; answer: AnswerValue }[]; expected: number } {
  let expected = 0;
  const responses = attempt.questions.map((q) => {
    const index = fixture.questionIndex.get(q.id);
    if (index === undefined) throw new Error(`question ${q.id} is not the fixture's`);
    if (plan[index]) expected++;
    return { questionId: q.id, answer: plan[index] ? QUESTIONS[index].right : QUESTIONS[index].wrong };
  });
  return { responses, expected };
}

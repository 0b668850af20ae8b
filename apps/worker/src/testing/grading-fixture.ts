import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AttemptsService } from '@lms/server-assessments';
import type { AccessTokenClaims, Actor } from '@lms/server-core';
import type { ApiHarness } from '../../../api/src/testing/api-harness';

/**
 * A published course with one module and one quiz of ten one-point questions (every automatically
 * scored type, no essay), and many enrolled learners, for the grading tests that need volume.
 *
 * Each question lists the answers the tests give, with the score Moodle's rules give them, written
 * out by hand so that a learner's expected result never comes from the code under test.
 */
type Answer = string | string[] | boolean | number | Record<string, string>;
interface QuestionSpec {
  input: Record<string, unknown>;
  right: Answer;
  wrong: { answer: Answer; score: number };
  partial?: { answer: Answer; score: number };
}

export const PASS_PERCENT = 60;

export const QUESTIONS: QuestionSpec[] = [
  {
    input: { type: 'single_choice', prompt: 'ອີເມວໃດເປັນ phishing?', format: 'plain', options: [{ text: 'A look-alike bank site', weight: 100 }, { text: 'A note from your director', weight: 0 }, { text: 'A newsletter', weight: -50 }] },
    right: 'o1',
    // a penalised option: −½
    wrong: { answer: 'o3', score: -0.5 },
  },
  {
    input: { type: 'single_choice', prompt: 'Where do you report a lost laptop?', format: 'plain', options: [{ text: 'Nowhere', weight: 0 }, { text: 'The IT service desk', weight: 100 }, { text: 'Social media', weight: 0 }] },
    right: 'o2',
    wrong: { answer: 'o1', score: 0 },
  },
  {
    input: { type: 'multiple_choice', prompt: 'Which are strong passwords?', format: 'plain', options: [{ text: 'correct horse battery staple', weight: 50 }, { text: 'ລາວ-ໄຟຟ້າ-2026-ນ້ຳຂອງ', weight: 50 }, { text: 'password1', weight: -100 }] },
    right: ['o1', 'o2'],
    partial: { answer: ['o2'], score: 0.5 },
    // −100 % clamps to 0 for the question
    wrong: { answer: ['o3'], score: 0 },
  },
  { input: { type: 'true_false', prompt: 'Two-factor authentication makes stolen passwords less useful.', format: 'plain', correct: true }, right: true, wrong: { answer: false, score: 0 } },
  { input: { type: 'true_false', prompt: 'It is safe to reuse one password everywhere.', format: 'plain', correct: false }, right: false, wrong: { answer: true, score: 0 } },
  {
    input: { type: 'short_answer', prompt: 'The ministry’s short name?', format: 'plain', answers: [{ text: 'MTC', weight: 100 }, { text: 'M*C', weight: 50 }] },
    right: '  mtc ',
    partial: { answer: 'MXC', score: 0.5 },
    wrong: { answer: 'MOF', score: 0 },
  },
  { input: { type: 'short_answer', prompt: 'ນະຄອນຫຼວງຂອງລາວ?', format: 'plain', answers: [{ text: 'ວຽງຈັນ', weight: 100 }] }, right: 'ວຽງຈັນ', wrong: { answer: 'ຫຼວງພະບາງ', score: 0 } },
  { input: { type: 'numeric', prompt: 'How many digits has a Lao mobile number after 020?', format: 'plain', answers: [{ value: 8, tolerance: 0, weight: 100 }] }, right: 8, wrong: { answer: 9, score: 0 } },
  { input: { type: 'numeric', prompt: 'π to two decimals?', format: 'plain', answers: [{ value: 3.14, tolerance: 0.01, weight: 100 }] }, right: 3.15, wrong: { answer: 3.5, score: 0 } },
  {
    input: {
      type: 'matching',
      prompt: 'Match the tool to its use',
      format: 'plain',
      pairs: [
        { prompt: 'Email', answer: 'Messages' },
        { prompt: 'Spreadsheet', answer: 'Tables of numbers' },
        { prompt: '', answer: 'Video calls' },
      ],
    },
    right: { p1: 'c1', p2: 'c2' },
    partial: { answer: { p1: 'c1', p2: 'c3' }, score: 0.5 },
    wrong: { answer: { p1: 'c2', p2: 'c1' }, score: 0 },
  },
];

export const MAX_SCORE = QUESTIONS.length;

export interface Learner {
  index: number;
  userId: string;
  /** A bearer token for the API, as a sign-in issues it. */
  token: string;
  /** The same learner as the API's guard hands them to a service. */
  actor: Actor;
}

export interface GradingFixture {
  courseId: string;
  quizId: string;
  /** Question ids in the order of QUESTIONS. */
  questionIds: string[];
  learners: Learner[];
}

export interface AnswerPlan {
  responses: { questionId: string; answer: Answer }[];
  score: number;
  passed: boolean;
}

/**
 * What learner `index` answers: `index % 11` questions right (a different run of them for each
 * learner), the others wrong, partly right or left blank. Scores go from 0 to 10 in halves.
 */
export function answerPlan(fixture: Pick<GradingFixture, 'questionIds'>, index: number): AnswerPlan {
  const rightCount = index % (QUESTIONS.length + 1);
  const responses: AnswerPlan['responses'] = [];
  let sum = 0;
  QUESTIONS.forEach((q, n) => {
    const questionId = fixture.questionIds[n];
    if ((((n - index) % QUESTIONS.length) + QUESTIONS.length) % QUESTIONS.length < rightCount) {
      responses.push({ questionId, answer: q.right });
      sum += 1;
      return;
    }
    const mode = (index + n) % 3;
    if (mode === 2) return; // left blank
    const given = mode === 1 && q.partial ? q.partial : q.wrong;
    responses.push({ questionId, answer: given.answer });
    sum += given.score;
  });
  const score = Math.max(0, sum);
  return { responses, score, passed: (score / MAX_SCORE) * 100 >= PASS_PERCENT };
}

const v1 = (url: string) => `/api/v1${url}`;

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i], i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, ms: number, everyMs = 100): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The course, quiz and learners, created through the API where it matters (questions, quiz,
 * publishing) and in bulk SQL where only volume matters (learner accounts, enrolments: the same
 * INSERT the enrolments repository runs). Learners get access tokens signed by the API's own
 * JwtService, as a sign-in would issue them, without 2,000 argon2 verifications.
 */
export async function createGradingFixture(api: ApiHarness, learnerCount: number): Promise<GradingFixture> {
  const ds = api.app.get(DataSource);
  const call = async (method: 'POST' | 'PUT', url: string, token: string, payload?: object) => {
    const res = await api.request({ method, url: v1(url), token, payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json();
  };
  const unit = await api.unit('MTC');
  await api.user('teacher@mtc.gov.la', unit, ['instructor']);
  const teacher = (await api.login('teacher@mtc.gov.la')).accessToken;

  const courseId = (await call('POST', '/courses', teacher, { title: 'ຄວາມປອດໄພທາງໄຊເບີ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).id;
  const moduleId = (await call('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' })).id;
  const bankId = (await call('POST', '/question-banks', teacher, { title: 'Security basics', courseId })).id;
  const questionIds: string[] = [];
  for (const q of QUESTIONS) questionIds.push((await call('POST', `/question-banks/${bankId}/questions`, teacher, q.input)).id);
  const quizId = (await call('POST', `/modules/${moduleId}/quizzes`, teacher, { title: 'Check', questionBankId: bankId, selection: { mode: 'all' }, passPercent: PASS_PERCENT, shuffle: true })).id;
  await call('POST', `/courses/${courseId}/publish`, teacher);

  const users: { id: string }[] = await ds.query(
    `INSERT INTO users (email, display_name, org_unit_id, roles, locale, password_hash)
     SELECT 'learner' || g || '@mtc.gov.la', 'ຜູ້ຮຽນ ' || g, $1, '{learner}', 'lo', NULL FROM generate_series(1, $2::int) g
     RETURNING id`,
    [unit.id, learnerCount],
  );
  await ds.query(
    `INSERT INTO enrolments (user_id, course_id, course_version)
     SELECT u.user_id, c.id, c.published_version FROM courses c, unnest($1::uuid[]) AS u(user_id) WHERE c.id = $2 AND c.status = 'published'
     ON CONFLICT (user_id, course_id) DO NOTHING`,
    [users.map((u) => u.id), courseId],
  );
  const jwt = api.app.get(JwtService);
  const learners = users.map((u, index) => {
    const claims: AccessTokenClaims = { sub: u.id, roles: ['learner'], org: unit.id, locale: 'lo', typ: 'access', sid: randomUUID() };
    const actor: Actor = { userId: u.id, roles: ['learner'], orgUnitId: unit.id, locale: 'lo', sessionId: claims.sid! };
    return { index, userId: u.id, token: jwt.sign(claims), actor };
  });
  return { courseId, quizId, questionIds, learners };
}

/**
 * How a learner's requests reach the attempts code: through HTTP (router, guard, validation pipe,
 * controller), or straight to the AttemptsService the controller calls, which is several times
 * cheaper when thousands of attempts are only the setting of a test.
 */
export type Via = 'http' | 'service';

/** Starts the learner's attempt and saves their answers; answers the attempt id. */
export async function startAndAnswer(api: ApiHarness, fixture: GradingFixture, learner: Learner, via: Via = 'http'): Promise<string> {
  const responses = answerPlan(fixture, learner.index).responses;
  if (via === 'service') {
    const attempts = api.app.get(AttemptsService);
    const { attempt, created } = await attempts.start(learner.actor, fixture.quizId);
    if (!created) throw new Error(`learner ${learner.index} resumed an attempt instead of starting one`);
    await attempts.save(learner.actor, attempt.id, { responses } as Parameters<AttemptsService['save']>[2]);
    return attempt.id;
  }
  const started = await api.request({ method: 'POST', url: v1(`/quizzes/${fixture.quizId}/attempts`), token: learner.token });
  if (started.statusCode !== 201) throw new Error(`start for learner ${learner.index} answered ${started.statusCode}: ${started.body}`);
  const attemptId: string = started.json().id;
  const saved = await api.request({ method: 'PUT', url: v1(`/attempts/${attemptId}/responses`), token: learner.token, payload: { responses } });
  if (saved.statusCode !== 200) throw new Error(`save for learner ${learner.index} answered ${saved.statusCode}: ${saved.body}`);
  return attemptId;
}

/** Submits; answers what the API answers with its 202. */
export async function submit(api: ApiHarness, learner: Learner, attemptId: string, via: Via = 'http'): Promise<{ id: string; status: string }> {
  if (via === 'service') return api.app.get(AttemptsService).submit(learner.actor, attemptId);
  const res = await api.request({ method: 'POST', url: v1(`/attempts/${attemptId}/submit`), token: learner.token });
  if (res.statusCode !== 202) throw new Error(`submit for learner ${learner.index} answered ${res.statusCode}: ${res.body}`);
  return res.json();
}

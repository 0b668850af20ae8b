import type { AnswerValue, AttemptQuestion, AttemptQuestionView, AttemptStatus, AttemptView, QuestionResult, QuizLearnerView } from '@lms/contracts';
import { mockFetch, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';

export const COURSE_ID = '0c0c0c0c-0000-4000-8000-00000000c0c0';
export const QUIZ_ID = '0a0a0a0a-0000-4000-8000-00000000a0a0';
export const quizPath = `/courses/${COURSE_ID}/quizzes/${QUIZ_ID}`;

const qid = (n: number) => `9b000000-0000-4000-8000-00000000000${n}`;

/** One question of each type, in the shape of the contract's AttemptQuestion. */
export const QUESTIONS: AttemptQuestion[] = [
  { id: qid(1), type: 'single_choice', prompt: '<p>ນະຄອນຫຼວງຂອງລາວແມ່ນຫຍັງ?</p>', points: 1, options: [{ id: 'o1', text: 'ຫຼວງພະບາງ' }, { id: 'o2', text: '<strong>ວຽງຈັນ</strong>' }, { id: 'o3', text: 'ປາກເຊ' }] },
  { id: qid(2), type: 'multiple_choice', prompt: '<p>ອັນໃດແມ່ນລະຫັດຜ່ານທີ່ດີ?</p>', points: 2, options: [{ id: 'o1', text: 'ຍາວ' }, { id: 'o2', text: '123456' }, { id: 'o3', text: 'ບໍ່ຊ້ຳກັບບ່ອນອື່ນ' }] },
  { id: qid(3), type: 'true_false', prompt: '<p>ຟິດຊິງ ແມ່ນຂໍ້ຄວາມທີ່ປອມຕົວ.</p>', points: 1 },
  { id: qid(4), type: 'short_answer', prompt: '<p>ແມ່ນ້ຳທີ່ໄຫຼຜ່ານ  ແມ່ນແມ່ນ້ຳຂອງ.</p>', points: 1, blankAt: 21 },
  { id: qid(5), type: 'numeric', prompt: '<p>ເຄິ່ງໜຶ່ງຂອງ 7 ແມ່ນເທົ່າໃດ?</p>', points: 1 },
  { id: qid(6), type: 'matching', prompt: '<p>ຈັບຄູ່ແຂວງກັບພາກ.</p>', points: 2, prompts: [{ id: 'p1', text: 'ຈຳປາສັກ' }, { id: 'p2', text: 'ຫຼວງພະບາງ' }], options: [{ id: 'c1', text: 'ພາກເໜືອ' }, { id: 'c2', text: 'ພາກໃຕ້' }] },
  { id: qid(7), type: 'essay', prompt: '<p>ອະທິບາຍວິທີປ້ອງກັນຂໍ້ມູນ.</p>', points: 3 },
];
export const [SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, MATCHING, ESSAY] = QUESTIONS.map((q) => q.id);

export interface FakeAttempt {
  id: string;
  status: AttemptStatus;
  startedAt: string;
  expiresAt: string | null;
  submittedAt: string | null;
  score: number | null;
  passed: boolean | null;
  answers: Record<string, { answer: AnswerValue | null; savedAt: string | null }>;
  results?: Record<string, QuestionResult>;
}

export interface FakeQuizOptions {
  title?: string;
  timeLimitMinutes?: number | null;
  maxAttempts?: number | null;
  requiresOtherModules?: boolean;
  attempts?: FakeAttempt[];
  questions?: AttemptQuestion[];
  /** Answers a call before the fake server does; undefined lets the server answer. Throwing means no answer at all (offline). */
  intercept?: (call: RecordedCall) => FakeResponse | Promise<FakeResponse> | undefined;
}

const error = (statusCode: number, code: string, message: string, details: unknown[] = []): FakeResponse => ({
  status: statusCode,
  body: { statusCode, error: statusCode === 409 ? 'Conflict' : 'Error', message, details: [{ code }, ...details] },
});

/** A network failure, as fetch reports it. */
export function offline(): Promise<FakeResponse> {
  return Promise.reject(new TypeError('Failed to fetch'));
}

/**
 * A small in-memory server for the quiz endpoints: attempts start and resume, saves follow the
 * savedAt rule (an older write is ignored) and 409 once closed, submit closes. Tests change its
 * state (grading, say) through `server`.
 */
export function fakeQuizApi(options: FakeQuizOptions = {}) {
  const questions = options.questions ?? QUESTIONS;
  let counter = 0;
  const server = {
    attempts: options.attempts ?? ([] as FakeAttempt[]),
    quiz: {
      id: QUIZ_ID,
      courseId: COURSE_ID,
      moduleId: 'm1',
      title: options.title ?? 'ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ',
      position: 1,
      questionBankId: 'bank',
      selection: { mode: 'all' as const },
      passPercent: 70,
      timeLimitMinutes: options.timeLimitMinutes ?? null,
      maxAttempts: options.maxAttempts === undefined ? 3 : options.maxAttempts,
      shuffle: false,
      shuffleOptions: false,
      scorePolicy: 'highest' as const,
      feedback: 'after_grading' as const,
      requiresOtherModules: options.requiresOtherModules ?? false,
    },
  };

  const summary = (a: FakeAttempt) => ({ id: a.id, quizId: QUIZ_ID, status: a.status, startedAt: a.startedAt, expiresAt: a.expiresAt, submittedAt: a.submittedAt, score: a.score, maxScore: 11, passed: a.passed });
  const view = (a: FakeAttempt): AttemptView => ({
    ...summary(a),
    questions: questions.map((q): AttemptQuestionView => {
      const v: AttemptQuestionView = { ...q, answer: a.answers[q.id]?.answer ?? null };
      if ((a.status === 'graded' || a.status === 'needs_review') && a.results?.[q.id]) v.result = a.results[q.id];
      return v;
    }),
  });
  const me = (): QuizLearnerView => {
    const graded = server.attempts.filter((a) => a.status === 'graded');
    return {
      ...server.quiz,
      locale: 'lo',
      questionCount: questions.length,
      attemptsUsed: server.attempts.length,
      bestPercent: graded.length ? Math.max(...graded.map((a) => ((a.score ?? 0) / 11) * 100)) : null,
      passed: graded.some((a) => a.passed),
      attempts: server.attempts.map(summary),
    };
  };

  const calls = mockFetch(async (call) => {
    const intercepted = await options.intercept?.(call);
    if (intercepted) return intercepted;
    const attemptMatch = /^\/api\/v1\/attempts\/([^/]+)(\/responses|\/submit)?$/.exec(call.url);
    if (call.url === `/api/v1/quizzes/${QUIZ_ID}/me` && call.method === 'GET') return { status: 200, body: me() };
    if (call.url === `/api/v1/quizzes/${QUIZ_ID}/attempts` && call.method === 'POST') {
      const open = server.attempts.find((a) => a.status === 'in_progress');
      if (open) return { status: 200, body: view(open) };
      if (server.quiz.maxAttempts !== null && server.attempts.length >= server.quiz.maxAttempts) return error(409, 'assessments.attempt-limit', 'The quiz allows 3 attempt(s), and they have all been used');
      const now = new Date();
      const attempt: FakeAttempt = {
        id: `7e000000-0000-4000-8000-00000000000${++counter}`,
        status: 'in_progress',
        startedAt: now.toISOString(),
        expiresAt: server.quiz.timeLimitMinutes ? new Date(now.getTime() + server.quiz.timeLimitMinutes * 60_000).toISOString() : null,
        submittedAt: null,
        score: null,
        passed: null,
        answers: {},
      };
      server.attempts.push(attempt);
      return { status: 201, body: view(attempt) };
    }
    const attempt = attemptMatch && server.attempts.find((a) => a.id === attemptMatch[1]);
    if (attemptMatch && !attempt) return error(404, 'assessments.attempt-not-found', 'Attempt not found');
    if (attempt && !attemptMatch![2] && call.method === 'GET') return { status: 200, body: view(attempt) };
    if (attempt && attemptMatch![2] === '/responses' && call.method === 'PUT') {
      if (attempt.status !== 'in_progress') return error(409, 'assessments.attempt-closed', 'The attempt is closed');
      const { responses } = call.body as { responses: { questionId: string; answer: AnswerValue | null; savedAt?: string }[] };
      for (const r of responses) {
        const stored = attempt.answers[r.questionId];
        if (stored?.savedAt && r.savedAt && r.savedAt < stored.savedAt) continue;
        attempt.answers[r.questionId] = { answer: r.answer, savedAt: r.savedAt ?? null };
      }
      return { status: 200, body: { id: attempt.id, saved: responses.length, savedAt: new Date().toISOString(), expiresAt: attempt.expiresAt } };
    }
    if (attempt && attemptMatch![2] === '/submit' && call.method === 'POST') {
      if (attempt.status === 'in_progress') Object.assign(attempt, { status: 'submitted', submittedAt: new Date().toISOString() });
      return { status: 202, body: { id: attempt.id, status: attempt.status } };
    }
    return { status: 404, body: { statusCode: 404, error: 'Not Found', message: `No fake for ${call.method} ${call.url}`, details: [] } };
  });

  const saves = () => calls.filter((call) => call.method === 'PUT');
  const savedResponses = () => saves().flatMap((call) => (call.body as { responses: { questionId: string; answer: unknown; savedAt: string }[] }).responses);
  return { calls, server, saves, savedResponses };
}

/** An attempt already open on the server, as a reload finds it. */
export function openAttempt(patch: Partial<FakeAttempt> = {}): FakeAttempt {
  return {
    id: '7e000000-0000-4000-8000-0000000000aa',
    status: 'in_progress',
    startedAt: '2026-03-12T02:50:00.000Z',
    expiresAt: null,
    submittedAt: null,
    score: null,
    passed: null,
    answers: {},
    ...patch,
  };
}

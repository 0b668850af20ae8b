import type { QuestionInput, QuizSettings } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { FakeAttemptsRepository, FakeClock, FakeCoursesRepository, FakeQuestionBanksRepository, failureOf } from '@lms/server-testing';
import { AssessmentsErrorCode } from '../assessments.exception';
import { AttemptsService, DEADLINE_GRACE_MS } from './attempts.service';

const person = (userId: string): Actor => ({ userId, roles: ['learner'], orgUnitId: 'mtc', locale: 'lo', sessionId: null });
const learner = person('somphone');
const stranger = person('anna');

const QUESTIONS: QuestionInput[] = [
  { type: 'single_choice', prompt: 'Which link is safe?', format: 'moodle', options: [{ text: 'https://mtc.gov.la', weight: 100 }, { text: 'http://rnic-bank.example', weight: 0 }] },
  { type: 'numeric', prompt: 'How many factors in 2FA?', format: 'moodle', answers: [{ value: 2, tolerance: 0, weight: 100 }] },
];

async function setup(settings: Partial<QuizSettings> = {}) {
  const courses = new FakeCoursesRepository();
  const banks = new FakeQuestionBanksRepository();
  const attempts = new FakeAttemptsRepository();
  const clock = new FakeClock(new Date('2026-06-01T08:00:00Z'));
  const service = new AttemptsService(attempts, banks, courses, clock);
  const courseId = await courses.create({ slug: 'security', locale: 'lo', ownerId: 'teacher', translationOf: null, title: 'Security', summary: '', category: 'cybersecurity', level: 'beginner', estimatedMinutes: null, tags: [], competences: [] });
  const bank = await banks.createBank({ title: 'Bank', courseId, createdBy: 'teacher' });
  await banks.addQuestions(bank.id, QUESTIONS);
  const quizSettings: QuizSettings = {
    questionBankId: bank.id, selection: { mode: 'all' }, passPercent: 50, timeLimitMinutes: null, maxAttempts: 2, shuffle: false,
    shuffleOptions: false, scorePolicy: 'highest', feedback: 'after_grading', requiresOtherModules: false, ...settings,
  };
  const { moduleId, quizId, lessonId } = await courses.editDraft(courseId, async (draft) => {
    const lessonModule = await draft.addModule('Read first');
    const lesson = (await draft.addLesson(lessonModule, 'Passwords', 'text', '<p>text</p>'))!;
    const mod = await draft.addModule('Check');
    return { moduleId: mod, quizId: (await draft.addQuiz(mod, 'Quiz', quizSettings))!, lessonId: lesson };
  });
  await courses.publish(courseId);
  const enrolmentId = attempts.enrol(learner.userId, courseId);
  return { service, attempts, clock, courses, courseId, moduleId, quizId, lessonId, enrolmentId };
}

const failure = (call: Promise<unknown>) => failureOf<AssessmentsErrorCode>(call);

describe('AttemptsService (fakes of its ports)', () => {
  it('starts an attempt for an enrolled learner and resumes the open one instead of spending another', async () => {
    const { service, quizId } = await setup();
    const first = await service.start(learner, quizId);
    expect(first.created).toBe(true);
    expect(first.attempt.questions.map((q) => q.type)).toEqual(['single_choice', 'numeric']);
    const again = await service.start(learner, quizId);
    expect(again).toMatchObject({ created: false, attempt: { id: first.attempt.id } });
  });

  it('refuses a learner who is not enrolled, and past the attempt limit', async () => {
    const { service, quizId } = await setup({ maxAttempts: 1 });
    expect(await failure(service.start(stranger, quizId))).toMatchObject({ status: 409, code: AssessmentsErrorCode.NotEnrolled });
    const { attempt } = await service.start(learner, quizId);
    await service.submit(learner, attempt.id);
    expect(await failure(service.start(learner, quizId))).toMatchObject({ status: 409, code: AssessmentsErrorCode.AttemptLimit });
  });

  it('keeps a final exam closed until the other modules are done', async () => {
    const { service, quizId, attempts, enrolmentId, lessonId } = await setup({ requiresOtherModules: true });
    expect(await failure(service.start(learner, quizId))).toMatchObject({ status: 409, code: AssessmentsErrorCode.ModulesIncomplete });
    attempts.enrolments.get(enrolmentId)!.completed.add(lessonId);
    expect((await service.start(learner, quizId)).created).toBe(true);
  });

  it('checks every answer’s shape against its question before saving any of them', async () => {
    const { service, quizId, attempts } = await setup();
    const { attempt } = await service.start(learner, quizId);
    const [choice, numeric] = attempt.questions;
    const bad = await failure(service.save(learner, attempt.id, { responses: [{ questionId: choice.id, answer: 'o1' }, { questionId: numeric.id, answer: 'two' }] }));
    expect(bad).toMatchObject({ status: 400, code: AssessmentsErrorCode.AnswerInvalid });
    expect(await attempts.responses(attempt.id)).toEqual([]);
    expect(await failure(service.save(learner, attempt.id, { responses: [{ questionId: choice.id, answer: 'o1' }, { questionId: choice.id, answer: 'o2' }] }))).toMatchObject({ status: 400 });
    await service.save(learner, attempt.id, { responses: [{ questionId: choice.id, answer: 'o1' }, { questionId: numeric.id, answer: 2 }] });
    expect((await attempts.responses(attempt.id)).map((r) => r.answer)).toEqual(['o1', 2]);
  });

  it('treats another learner’s attempt as not found', async () => {
    const { service, quizId } = await setup();
    const { attempt } = await service.start(learner, quizId);
    for (const call of [service.view(stranger, attempt.id), service.submit(stranger, attempt.id), service.save(stranger, attempt.id, { responses: [] })]) {
      expect(await failure(call)).toMatchObject({ status: 404, code: AssessmentsErrorCode.AttemptNotFound });
    }
  });

  it('refuses saves after the deadline and its grace, and shows the attempt as submitted at the deadline', async () => {
    const { service, quizId, clock, attempts } = await setup({ timeLimitMinutes: 10 });
    const { attempt } = await service.start(learner, quizId);
    const choice = attempt.questions[0].id;
    clock.advance(10 * 60_000 + DEADLINE_GRACE_MS - 1);
    await service.save(learner, attempt.id, { responses: [{ questionId: choice, answer: 'o1' }] });
    clock.advance(1);
    expect(await failure(service.save(learner, attempt.id, { responses: [{ questionId: choice, answer: 'o2' }] }))).toMatchObject({ status: 409, code: AssessmentsErrorCode.AttemptClosed });
    const view = await service.view(learner, attempt.id);
    expect(view).toMatchObject({ status: 'submitted', submittedAt: attempt.expiresAt });
    expect(view.questions[0].answer).toBe('o1');
    expect(attempts.queued).toEqual([attempt.id]);
  });

  it('submits once however often it is asked', async () => {
    const { service, quizId, attempts } = await setup();
    const { attempt } = await service.start(learner, quizId);
    expect(await service.submit(learner, attempt.id)).toEqual({ id: attempt.id, status: 'submitted' });
    expect(await service.submit(learner, attempt.id)).toEqual({ id: attempt.id, status: 'submitted' });
    expect(attempts.queued).toEqual([attempt.id]);
  });
});

import type { CourseStats } from '@lms/contracts';
import { GradingService } from '@lms/server-assessments';
import { startApi, type ApiHarness } from './testing/api-harness';

const COURSE = { title: 'ຄວາມປອດໄພທາງໄຊເບີ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' };
const CHOICE = { type: 'single_choice', title: 'Phishing', prompt: '<p>Which   email is <b>phishing</b>?</p>', format: 'html', options: [{ text: 'The look-alike bank', weight: 100 }, { text: 'The director’s note', weight: 0 }] };
const TRUE_FALSE = { type: 'true_false', prompt: 'Two-factor authentication helps.', correct: true };
const ESSAY = { type: 'essay', prompt: 'Why lock your screen?' };

describe('GET /courses/:id/stats (real app, real PostgreSQL; attempts made through the API)', () => {
  let api: ApiHarness;
  const tokens: Record<string, string> = {};
  let courseId: string;
  let quizId: string;
  let essayQuizId: string;
  let choiceId: string;
  let trueFalseId: string;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  /** Starts an attempt, answers by question id, submits it and grades it as the worker's job does. */
  async function attempt(learner: string, quiz: string, answers: Record<string, unknown>, submit = true) {
    const started = await call('POST', `/quizzes/${quiz}/attempts`, tokens[learner]);
    expect(started.statusCode).toBe(201);
    const { id } = started.json();
    const responses = Object.entries(answers).map(([questionId, answer]) => ({ questionId, answer }));
    expect((await call('PUT', `/attempts/${id}/responses`, tokens[learner], { responses })).statusCode).toBe(200);
    if (!submit) return;
    expect((await call('POST', `/attempts/${id}/submit`, tokens[learner])).statusCode).toBe(202);
    await api.app.get(GradingService).grade(id);
  }

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    for (const name of ['owner', 'coauthor', 'outsider']) await api.user(`${name}@mtc.gov.la`, unit, ['instructor']);
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    for (const name of ['ana', 'bee', 'cha']) await api.user(`${name}@mtc.gov.la`, unit);
    for (const name of ['owner', 'coauthor', 'outsider', 'admin', 'ana', 'bee', 'cha']) tokens[name] = (await api.login(`${name}@mtc.gov.la`)).accessToken;

    courseId = (await call('POST', '/courses', tokens.owner, COURSE)).json().id;
    await call('PUT', `/courses/${courseId}/authors`, tokens.owner, { userIds: [(await call('GET', '/me', tokens.coauthor)).json().id] });
    const moduleId = (await call('POST', `/courses/${courseId}/modules`, tokens.owner, { title: 'ພາກທີ 1' })).json().id;
    const bankId = (await call('POST', '/question-banks', tokens.owner, { title: 'Basics', courseId })).json().id;
    choiceId = (await call('POST', `/question-banks/${bankId}/questions`, tokens.owner, CHOICE)).json().id;
    trueFalseId = (await call('POST', `/question-banks/${bankId}/questions`, tokens.owner, TRUE_FALSE)).json().id;
    const essayBank = (await call('POST', '/question-banks', tokens.owner, { title: 'Essays', courseId })).json().id;
    await call('POST', `/question-banks/${essayBank}/questions`, tokens.owner, ESSAY);
    const quiz = (fields: object) => call('POST', `/modules/${moduleId}/quizzes`, tokens.owner, { selection: { mode: 'all' }, passPercent: 50, ...fields });
    quizId = (await quiz({ title: 'Check', questionBankId: bankId })).json().id;
    essayQuizId = (await quiz({ title: 'Reflect', questionBankId: essayBank })).json().id;
  });
  afterAll(() => api.close());

  it('is for the course’s authors and admins: an outsider gets 404 on a draft and 403 once published, a learner 403', async () => {
    for (const who of ['owner', 'coauthor', 'admin']) expect((await call('GET', `/courses/${courseId}/stats`, tokens[who])).statusCode).toBe(200);
    expect((await call('GET', `/courses/${courseId}/stats`, tokens.outsider)).statusCode).toBe(404);
    expect((await call('POST', `/courses/${courseId}/publish`, tokens.owner)).statusCode).toBe(200);
    const outsider = await call('GET', `/courses/${courseId}/stats`, tokens.outsider);
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().details[0].code).toBe('courses.not-an-author');
    expect((await call('GET', `/courses/${courseId}/stats`, tokens.ana)).statusCode).toBe(403);
    expect((await call('GET', '/courses/nope/stats', tokens.owner)).statusCode).toBe(400);
  });

  it('shows every quiz with nothing yet before anyone tries', async () => {
    const body: CourseStats = (await call('GET', `/courses/${courseId}/stats`, tokens.owner)).json();
    expect(body.quizzes.map((q) => [q.quizId, q.title, q.attempts, q.passRate, q.averagePercent, q.mostMissed])).toEqual([
      [quizId, 'Check', 0, null, null, []],
      [essayQuizId, 'Reflect', 0, null, null, []],
    ]);
  });

  it('counts submitted attempts, pass rate, mean score and the questions most missed', async () => {
    for (const learner of ['ana', 'bee', 'cha']) expect((await call('POST', `/courses/${courseId}/enrol`, tokens[learner])).statusCode).toBeLessThan(300);
    // ana: both right (pass); bee: choice wrong, then both wrong on a second try; cha: only started.
    await attempt('ana', quizId, { [choiceId]: 'o1', [trueFalseId]: true });
    await attempt('bee', quizId, { [choiceId]: 'o2', [trueFalseId]: true });
    await attempt('bee', quizId, { [choiceId]: 'o2', [trueFalseId]: false });
    await attempt('cha', quizId, { [choiceId]: 'o2' }, false);
    const essay = (await call('POST', `/quizzes/${essayQuizId}/attempts`, tokens.ana)).json();
    expect((await call('POST', `/attempts/${essay.id}/submit`, tokens.ana)).statusCode).toBe(202);
    await api.app.get(GradingService).grade(essay.id);

    const body: CourseStats = (await call('GET', `/courses/${courseId}/stats`, tokens.coauthor)).json();
    const [check, reflect] = body.quizzes;
    expect(check).toMatchObject({ quizId, attempts: 3, learners: 2, graded: 3, awaitingReview: 0, passed: 2 });
    expect(check.passRate).toBeCloseTo(2 / 3);
    expect(check.averagePercent).toBeCloseTo((100 + 50 + 0) / 3);
    expect(check.mostMissed).toEqual([
      { questionId: choiceId, type: 'single_choice', title: 'Phishing', prompt: 'Which email is phishing ?', answered: 3, missed: 2, missRate: 2 / 3 },
      { questionId: trueFalseId, type: 'true_false', title: null, prompt: 'Two-factor authentication helps.', answered: 3, missed: 1, missRate: 1 / 3 },
    ]);
    expect(reflect).toMatchObject({ quizId: essayQuizId, attempts: 1, learners: 1, graded: 0, awaitingReview: 1, passed: 0, passRate: null, averagePercent: null, mostMissed: [] });
  });
});

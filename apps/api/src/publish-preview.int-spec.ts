import type { PublishPreview } from '@lms/contracts';
import { startApi, type ApiHarness } from './testing/api-harness';

const COURSE = { title: 'ອີເມວໃນວຽກງານລັດ', summary: 'Email at work.', category: 'email', locale: 'lo', level: 'beginner' };
const QUESTION = { type: 'true_false', prompt: 'Phishing asks for passwords.', correct: true };

describe('GET /courses/:id/publish-preview (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  const tokens: Record<string, string> = {};
  let courseId: string;
  let moduleId: string;
  let lessonId: string;
  let quizId: string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });
  const preview = async (token = tokens.owner) => {
    const res = await call('GET', `/courses/${courseId}/publish-preview`, token);
    expect(res.statusCode).toBe(200);
    return res.json() as PublishPreview;
  };

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('owner@mtc.gov.la', unit, ['instructor']);
    await api.user('coauthor@mtc.gov.la', unit, ['instructor']);
    await api.user('outsider@mtc.gov.la', unit, ['instructor']);
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    for (const name of ['owner', 'coauthor', 'outsider', 'admin', 'learner1', 'learner2']) {
      if (name.startsWith('learner')) await api.user(`${name}@mtc.gov.la`, unit);
      tokens[name] = (await api.login(`${name}@mtc.gov.la`)).accessToken;
    }
    const course = await call('POST', '/courses', tokens.owner, COURSE);
    courseId = course.json().id;
    const authors = await call('PUT', `/courses/${courseId}/authors`, tokens.owner, { userIds: [(await call('GET', '/me', tokens.coauthor)).json().id] });
    expect(authors.statusCode).toBe(200);
    moduleId = (await call('POST', `/courses/${courseId}/modules`, tokens.owner, { title: 'ພາກທີ 1' })).json().id;
    lessonId = (await call('POST', `/modules/${moduleId}/lessons`, tokens.owner, { title: 'Lesson 1', markdown: 'Text.' })).json().id;
    const bankId = (await call('POST', '/question-banks', tokens.owner, { title: 'Bank', courseId })).json().id;
    expect((await call('POST', `/question-banks/${bankId}/questions`, tokens.owner, QUESTION)).statusCode).toBe(201);
    const quiz = await call('POST', `/modules/${moduleId}/quizzes`, tokens.owner, { title: 'Check', questionBankId: bankId, selection: { mode: 'all' }, passPercent: 60 });
    expect(quiz.statusCode).toBe(201);
    quizId = quiz.json().id;
  });
  afterAll(() => api.close());

  it('before the first publish: everything is added, nobody is enrolled', async () => {
    const body = await preview();
    expect(body).toMatchObject({ courseId, draftVersion: 1, publishedVersion: null, hasChanges: true, details: [], learners: { enrolled: 0, inProgress: 0, completed: 0 }, progress: { affected: false, learnersAffected: 0 } });
    expect(body.modules).toEqual([{ moduleId, title: 'ພາກທີ 1', change: 'added', fields: [] }]);
    expect(body.items.map((i) => [i.itemId, i.kind, i.change, i.moduleTitle])).toEqual([
      [lessonId, 'lesson', 'added', 'ພາກທີ 1'],
      [quizId, 'quiz', 'added', 'ພາກທີ 1'],
    ]);
  });

  it('is the owner’s and admins’: a co-author gets 403, an outsider 404 on a draft, a learner 403, a bad id 400', async () => {
    expect((await call('GET', `/courses/${courseId}/publish-preview`, tokens.admin)).statusCode).toBe(200);
    const coauthor = await call('GET', `/courses/${courseId}/publish-preview`, tokens.coauthor);
    expect(coauthor.statusCode).toBe(403);
    expect(coauthor.json().details[0].code).toBe('courses.not-an-author');
    expect((await call('GET', `/courses/${courseId}/publish-preview`, tokens.outsider)).statusCode).toBe(404);
    expect((await call('GET', `/courses/${courseId}/publish-preview`, tokens.learner1)).statusCode).toBe(403);
    expect((await call('GET', '/courses/not-a-uuid/publish-preview', tokens.owner)).statusCode).toBe(400);
    expect((await call('GET', '/courses/00000000-0000-4000-8000-000000000000/publish-preview', tokens.owner)).statusCode).toBe(404);
  });

  it('after publishing, lists what the draft changes and whose progress it touches', async () => {
    expect((await call('POST', `/courses/${courseId}/publish`, tokens.owner)).statusCode).toBe(200);
    expect(await preview()).toMatchObject({ draftVersion: 1, publishedVersion: 1, hasChanges: false, modules: [], items: [], details: [] });

    // Two learners enrol; one finishes the course (the lesson read, the quiz passed).
    for (const learner of ['learner1', 'learner2']) expect((await call('POST', `/courses/${courseId}/enrol`, tokens[learner])).statusCode).toBeLessThan(300);
    expect((await call('POST', `/lessons/${lessonId}/complete`, tokens.learner1)).statusCode).toBe(201);
    const attempt = (await call('POST', `/quizzes/${quizId}/attempts`, tokens.learner1)).json();
    await call('PUT', `/attempts/${attempt.id}/responses`, tokens.learner1, { responses: [{ questionId: attempt.questions[0].id, answer: true }] });
    expect((await call('POST', `/attempts/${attempt.id}/submit`, tokens.learner1)).statusCode).toBe(202);
    const { GradingService } = await import('@lms/server-assessments');
    await api.app.get(GradingService).grade(attempt.id);

    // The co-author edits the draft: a renamed lesson with new text, a new pass mark, a second module with a lesson.
    expect((await call('PATCH', `/lessons/${lessonId}`, tokens.coauthor, { title: 'Lesson one', markdown: 'New text.' })).statusCode).toBe(200);
    expect((await call('PATCH', `/quizzes/${quizId}`, tokens.coauthor, { passPercent: 80 })).statusCode).toBe(200);
    const second = (await call('POST', `/courses/${courseId}/modules`, tokens.coauthor, { title: 'ພາກທີ 2' })).json().id;
    const added = (await call('POST', `/modules/${second}/lessons`, tokens.coauthor, { title: 'Lesson 2', markdown: 'More.' })).json().id;
    expect((await call('PATCH', `/courses/${courseId}`, tokens.coauthor, { summary: 'Email at work, safely.' })).statusCode).toBe(200);

    const body = await preview();
    expect(body).toMatchObject({ draftVersion: 2, publishedVersion: 1, hasChanges: true, details: ['summary'] });
    expect(body.modules).toEqual([{ moduleId: second, title: 'ພາກທີ 2', change: 'added', fields: [] }]);
    expect(body.items.map((i) => [i.itemId, i.change, i.fields])).toEqual([
      [lessonId, 'changed', ['title', 'content']],
      [quizId, 'changed', ['settings']],
      [added, 'added', []],
    ]);
    expect(body.learners).toEqual({ enrolled: 2, inProgress: 1, completed: 1 });
    expect(body.progress).toEqual({ affected: true, learnersAffected: 1 });
  });
});

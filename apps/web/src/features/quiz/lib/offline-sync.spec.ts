import { beforeEach, describe, expect, it } from '@jest/globals';
import type { QuizLearnerView } from '@lms/contracts';
import { demoUser, mockFetch, resetBrowserState, signIn } from '../../../testing/test-utils';
import type { OpenAttempt } from '../api/start-attempt';
import { keepOfflineAttempt, offlineAttempt, offlineAttempts, queueSubmit } from './offline-attempts';
import { sendOfflineQuizWork } from './offline-sync';
import { hasPending, putPending } from './pending-answers';

const quiz = { id: 'quiz-1', title: 'ແບບທົດສອບ', attempts: [] } as unknown as QuizLearnerView;
const attempt = (id: string): OpenAttempt => ({ id, quizId: quiz.id, status: 'in_progress', expiresAt: null, questions: [{ id: 'q1', type: 'true_false', prompt: '<p>?</p>', points: 1, answer: null }] as OpenAttempt['questions'] });
const saved = { id: 'a1', saved: 1, savedAt: '2026-03-12T03:00:01.000Z', expiresAt: null };

/** One attempt kept on the device, answered and submitted offline. */
function keepSubmittedOffline(id: string) {
  keepOfflineAttempt(quiz, attempt(id));
  putPending(id, { questionId: 'q1', answer: true, savedAt: '2026-03-12T03:00:00.000Z' });
  queueSubmit(id);
}

describe('sending the quiz work done offline', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('sends the answers, then the submit, and forgets the attempt', async () => {
    keepSubmittedOffline('a1');
    const calls = mockFetch((call) => (call.method === 'PUT' ? { status: 200, body: saved } : { status: 202, body: { id: 'a1', status: 'submitted' } }));
    await sendOfflineQuizWork();
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['PUT /api/v1/attempts/a1/responses', 'POST /api/v1/attempts/a1/submit']);
    expect(calls[0].body).toEqual({ responses: [{ questionId: 'q1', answer: true, savedAt: '2026-03-12T03:00:00.000Z' }] });
    expect(offlineAttempt('a1')).toBeNull();
    expect(hasPending('a1')).toBe(false);
  });

  it('forgets an attempt the server has closed (its time ran out): 409', async () => {
    keepSubmittedOffline('a1');
    mockFetch(() => ({ status: 409, body: { statusCode: 409, message: 'closed', details: [{ code: 'assessments.attempt-closed' }] } }));
    await sendOfflineQuizWork();
    expect(offlineAttempt('a1')).toBeNull();
    expect(hasPending('a1')).toBe(false);
  });

  it('keeps everything, and says so, while the server fails or the network is down', async () => {
    keepSubmittedOffline('a1');
    mockFetch(() => ({ status: 503 }));
    await expect(sendOfflineQuizWork()).rejects.toThrow('1 attempt(s) still to send');
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(sendOfflineQuizWork()).rejects.toThrow();
    expect(offlineAttempt('a1')?.submitQueuedAt).toBeTruthy();
    expect(hasPending('a1')).toBe(true);
  });

  it('leaves alone what another learner left on the same phone', async () => {
    keepSubmittedOffline('a1');
    signIn({ accessToken: 'access-2', refreshToken: 'refresh-2' }, { ...demoUser, id: '6f1c2d3e-0000-4000-8000-000000000002' });
    const calls = mockFetch(() => ({ status: 500 }));
    expect(offlineAttempts()).toEqual([]);
    await sendOfflineQuizWork();
    expect(calls).toHaveLength(0);
    signIn();
    expect(offlineAttempt('a1')?.submitQueuedAt).toBeTruthy();
  });
});

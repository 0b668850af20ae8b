import { beforeEach, describe, expect, it } from '@jest/globals';
import { demoUser, mockFetch, resetBrowserState, signIn } from '../../testing/test-utils';
import { completionSync, queueCompletion, queuedCompletions, subscribeCompletions, type CompletionChange } from './lesson-queue';
import { sendQueuedCompletions } from './lesson-sync';

const course = '0b6f2c1e-0000-4000-8000-00000000c001';
const [first, second, third] = ['0b6f2c1e-0000-4000-8000-00000000b001', '0b6f2c1e-0000-4000-8000-00000000b002', '0b6f2c1e-0000-4000-8000-00000000b003'];
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('lesson completions kept on the device', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('keeps each lesson once, with the time it was first marked, per user', () => {
    queueCompletion(first, course, '2026-03-01T08:00:00.000Z');
    queueCompletion(first, course, '2026-03-01T09:00:00.000Z');
    queueCompletion(second, course, '2026-03-01T08:05:00.000Z');

    expect(queuedCompletions()).toEqual([
      { lessonId: first, courseId: course, completedAt: '2026-03-01T08:00:00.000Z' },
      { lessonId: second, courseId: course, completedAt: '2026-03-01T08:05:00.000Z' },
    ]);
    expect(JSON.parse(localStorage.getItem(`lane.offline.lessons.${demoUser.id}`)!)).toHaveLength(2);
    expect(completionSync(first)).toBe('saved');

    // Someone else signs in on the same phone: they neither see nor send the first person's progress.
    signIn(undefined, { ...demoUser, id: '6f1c2d3e-0000-4000-8000-000000000002' });
    expect(queuedCompletions()).toEqual([]);
  });

  it('sends them in order with their own time, and tells saved → syncing → synced', async () => {
    queueCompletion(first, course, '2026-03-01T08:00:00.000Z');
    queueCompletion(second, course, '2026-03-01T08:05:00.000Z');
    const changes: CompletionChange[] = [];
    const stop = subscribeCompletions((change) => changes.push(change));
    const calls = mockFetch(() => ({ status: 201, body: { id: 'enrolment' } }));

    await sendQueuedCompletions();
    stop();

    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `/api/v1/lessons/${first}/complete`, { completedAt: '2026-03-01T08:00:00.000Z' }],
      ['POST', `/api/v1/lessons/${second}/complete`, { completedAt: '2026-03-01T08:05:00.000Z' }],
    ]);
    expect(changes.map((c) => [c.lessonId, c.state])).toEqual([
      [first, 'syncing'],
      [first, 'synced'],
      [second, 'syncing'],
      [second, 'synced'],
    ]);
    expect(queuedCompletions()).toEqual([]);
    expect(completionSync(first)).toBe('synced');
  });

  it('drops what the server refuses for good (409 not enrolled, 404 lesson gone) and keeps the rest', async () => {
    queueCompletion(first, course);
    queueCompletion(second, course);
    queueCompletion(third, course);
    mockFetch(({ url }) => (url.includes(first) ? { status: 409, body: { statusCode: 409, message: 'Not enrolled' } } : url.includes(second) ? { status: 404, body: { statusCode: 404 } } : { status: 201, body: {} }));

    await sendQueuedCompletions();

    expect(queuedCompletions()).toEqual([]);
    expect([completionSync(first), completionSync(second), completionSync(third)]).toEqual([undefined, undefined, 'synced']);
  });

  it('keeps everything without a network or on a server error, and rejects so the runner tries again', async () => {
    queueCompletion(first, course);
    queueCompletion(second, course);
    mockFetch(() => offline());
    await expect(sendQueuedCompletions()).rejects.toMatchObject({ statusCode: 0 });
    expect(queuedCompletions().map((e) => e.lessonId)).toEqual([first, second]);
    expect(completionSync(first)).toBe('saved');

    const calls = mockFetch(() => ({ status: 503, body: { statusCode: 503, message: 'Down' } }));
    await expect(sendQueuedCompletions()).rejects.toMatchObject({ statusCode: 503 });
    expect(calls).toHaveLength(1);
    expect(queuedCompletions()).toHaveLength(2);
  });
});

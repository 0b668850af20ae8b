import { beforeEach, describe, expect, it } from '@jest/globals';
import type { ScormCommitResult } from '@lms/contracts';
import { mockFetch, resetBrowserState, signIn } from '../../testing/test-utils';
import { queuedScormCommit, queuedScormCommits, queueScormCommit, scormSync, subscribeScormCommits, type ScormCommitChange } from './scorm-queue';
import { sendQueuedScormCommits } from './scorm-sync';

const course = '0b6f2c1e-0000-4000-8000-00000000c001';
const [first, second, third] = ['0b6f2c1e-0000-4000-8000-00000000s001', '0b6f2c1e-0000-4000-8000-00000000s002', '0b6f2c1e-0000-4000-8000-00000000s003'];
const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const queue = (itemId: string, seq: number, finished = false) =>
  queueScormCommit({ itemId, courseId: course, cmi: { core: { lesson_location: String(seq) } }, seq, committedAt: '2026-03-01T08:00:00.000Z', finished });
const result = (seq: number, completed = false) => ({ status: 200, body: { saved: true, seq, lessonStatus: completed ? 'completed' : 'incomplete', scoreRaw: null, completed, enrolment: {} } as unknown as ScormCommitResult });

describe('sending the SCORM commits kept on the device', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('PUTs each with its seq and time, drops it on 200 and tells saved → syncing → synced with the answer', async () => {
    queue(first, 10);
    queue(second, 11, true);
    const changes: ScormCommitChange[] = [];
    const stop = subscribeScormCommits((change) => changes.push(change));
    const calls = mockFetch(({ body }) => result((body as { seq: number }).seq, true));

    await sendQueuedScormCommits();
    stop();

    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['PUT', `/api/v1/scorm-items/${first}/runtime`, { cmi: { core: { lesson_location: '10' } }, seq: 10, committedAt: '2026-03-01T08:00:00.000Z', finished: false }],
      ['PUT', `/api/v1/scorm-items/${second}/runtime`, { cmi: { core: { lesson_location: '11' } }, seq: 11, committedAt: '2026-03-01T08:00:00.000Z', finished: true }],
    ]);
    expect(changes.map((c) => [c.itemId, c.state, c.result?.completed])).toEqual([
      [first, 'syncing', undefined],
      [first, 'synced', true],
      [second, 'syncing', undefined],
      [second, 'synced', true],
    ]);
    expect(queuedScormCommits()).toEqual([]);
  });

  it('keeps a commit made while the older one was on its way, and sends the newest of an item', async () => {
    queue(first, 1);
    const calls = mockFetch(({ body }) => {
      const seq = (body as { seq: number }).seq;
      if (seq === 1) queue(first, 2); // the package commits again meanwhile
      return result(seq);
    });

    await sendQueuedScormCommits();
    expect(queuedScormCommit(first)?.seq).toBe(2);
    expect(scormSync(first)).toBe('saved');

    await sendQueuedScormCommits();
    expect(calls.map((c) => (c.body as { seq: number }).seq)).toEqual([1, 2]);
    expect(queuedScormCommits()).toEqual([]);
    expect(scormSync(first)).toBe('synced');
  });

  it('drops what the server refuses for good (404 gone, 409 not enrolled) and sends the rest', async () => {
    queue(first, 1);
    queue(second, 2);
    queue(third, 3);
    mockFetch(({ url }) =>
      url.includes(first)
        ? { status: 409, body: { statusCode: 409, message: 'Not enrolled', details: [{ code: 'NOT_ENROLLED' }] } }
        : url.includes(second)
          ? { status: 404, body: { statusCode: 404 } }
          : result(3),
    );

    await sendQueuedScormCommits();

    expect(queuedScormCommits()).toEqual([]);
    expect([scormSync(first), scormSync(second), scormSync(third)]).toEqual([undefined, undefined, 'synced']);
  });

  it('drops a commit the server can never take (400 invalid data, 413 too large), so that it holds back no other', async () => {
    queue(first, 1);
    queue(second, 2);
    queue(third, 3);
    const calls = mockFetch(({ url }) =>
      url.includes(first)
        ? { status: 400, body: { statusCode: 400, message: 'The runtime data is not valid SCORM 1.2', details: [{ code: 'scorm.invalid-runtime-data' }] } }
        : url.includes(second)
          ? { status: 413, body: { statusCode: 413, message: 'Too large' } }
          : result(3),
    );

    await sendQueuedScormCommits();

    expect(calls).toHaveLength(3);
    expect(queuedScormCommits()).toEqual([]);
    expect([scormSync(first), scormSync(second), scormSync(third)]).toEqual([undefined, undefined, 'synced']);
  });

  it('keeps everything without a network or on a server error, and rejects so the runner tries again', async () => {
    queue(first, 1);
    queue(second, 2);
    mockFetch(() => offline());
    await expect(sendQueuedScormCommits()).rejects.toMatchObject({ statusCode: 0 });
    expect(queuedScormCommits().map((e) => e.itemId)).toEqual([first, second]);
    expect([scormSync(first), scormSync(second)]).toEqual(['saved', 'saved']);

    const calls = mockFetch(() => ({ status: 503, body: { statusCode: 503, message: 'Down' } }));
    await expect(sendQueuedScormCommits()).rejects.toMatchObject({ statusCode: 503 });
    expect(calls).toHaveLength(1);
    expect(queuedScormCommits()).toHaveLength(2);
  });
});

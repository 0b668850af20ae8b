import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { demoUser, resetBrowserState, signIn } from '../../testing/test-utils';
import { nextScormSeq, queuedScormCommit, queuedScormCommits, queueScormCommit, scormSync, settleScormCommit, subscribeScormCommits, type QueuedScormCommit, type ScormCommitChange } from './scorm-queue';

const course = '0b6f2c1e-0000-4000-8000-00000000c001';
const [first, second] = ['0b6f2c1e-0000-4000-8000-00000000s001', '0b6f2c1e-0000-4000-8000-00000000s002'];
const commit = (itemId: string, seq: number, cmi: Record<string, unknown> = { seq }): QueuedScormCommit => ({ itemId, courseId: course, cmi, seq, committedAt: '2026-03-01T08:00:00.000Z', finished: false });

describe('SCORM commits kept on the device', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('keeps only the latest commit of each item, per user', () => {
    queueScormCommit(commit(first, 10));
    queueScormCommit(commit(second, 11));
    queueScormCommit(commit(first, 12));
    queueScormCommit(commit(first, 9)); // older, arriving late: changes nothing

    expect(queuedScormCommits().map((e) => [e.itemId, e.seq])).toEqual([
      [second, 11],
      [first, 12],
    ]);
    expect(JSON.parse(localStorage.getItem(`lane.offline.scorm.${demoUser.id}`)!)).toHaveLength(2);
    expect(scormSync(first)).toBe('saved');

    signIn(undefined, { ...demoUser, id: '6f1c2d3e-0000-4000-8000-000000000002' });
    expect(queuedScormCommits()).toEqual([]);
  });

  it('hands out a seq above the clock, the server, what is kept and what was handed out', () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000);
    expect(nextScormSeq(first, 0)).toBe(1_000);
    expect(nextScormSeq(first, 0)).toBe(1_001); // the clock did not move
    expect(nextScormSeq(first, 5_000)).toBe(5_001); // the server holds a later one
    queueScormCommit(commit(first, 9_000)); // kept from before a reload
    expect(nextScormSeq(first, 0)).toBe(9_001);
    now.mockReturnValue(20_000);
    expect(nextScormSeq(first, 0)).toBe(20_000);
    expect(nextScormSeq(second, 0)).toBe(20_000);
  });

  it('settles a commit only while it is still the latest one kept', () => {
    const changes: ScormCommitChange[] = [];
    const stop = subscribeScormCommits((change) => changes.push(change));
    queueScormCommit(commit(first, 1));
    queueScormCommit(commit(first, 2)); // arrived while 1 was on its way

    settleScormCommit({ itemId: first, courseId: course, seq: 1 }, 'synced');
    expect(queuedScormCommit(first)?.seq).toBe(2);
    expect(scormSync(first)).toBe('saved');

    settleScormCommit({ itemId: first, courseId: course, seq: 2 }, 'synced');
    stop();
    expect(queuedScormCommits()).toEqual([]);
    expect(scormSync(first)).toBe('synced');
    expect(changes.map((c) => [c.seq, c.state])).toEqual([
      [1, 'saved'],
      [2, 'saved'],
      [1, 'saved'],
      [2, 'synced'],
    ]);
  });

  it('keeps a commit for this page when localStorage refuses it', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    queueScormCommit(commit(first, 1));
    expect(queuedScormCommit(first)?.seq).toBe(1);
    expect(scormSync(first)).toBe('saved');
  });
});

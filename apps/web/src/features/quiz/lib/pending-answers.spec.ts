import { beforeEach, describe, expect, it } from '@jest/globals';
import { clearPending, hasPending, pendingStorageKey, putPending, readPending, removeSent } from './pending-answers';

const A = 'attempt-a';
const B = 'attempt-b';

describe('the pending answers queue', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one entry per question, the newest change winning, in localStorage per attempt', () => {
    putPending(A, { questionId: 'q1', answer: 'o1', savedAt: '2026-03-01T10:00:00.000Z' });
    putPending(A, { questionId: 'q1', answer: 'o2', savedAt: '2026-03-01T10:00:05.000Z' });
    // An older change arriving late does not undo the newer one.
    putPending(A, { questionId: 'q1', answer: 'o3', savedAt: '2026-03-01T09:59:00.000Z' });
    putPending(A, { questionId: 'q2', answer: null, savedAt: '2026-03-01T10:00:01.000Z' });
    putPending(B, { questionId: 'q1', answer: true, savedAt: '2026-03-01T10:00:02.000Z' });

    expect(readPending(A)).toEqual([
      { questionId: 'q2', answer: null, savedAt: '2026-03-01T10:00:01.000Z' },
      { questionId: 'q1', answer: 'o2', savedAt: '2026-03-01T10:00:05.000Z' },
    ]);
    expect(readPending(B)).toEqual([{ questionId: 'q1', answer: true, savedAt: '2026-03-01T10:00:02.000Z' }]);
    // What a reload finds: the same JSON, in the browser's storage.
    expect(JSON.parse(localStorage.getItem(pendingStorageKey(A))!)).toMatchObject({ q1: { answer: 'o2' }, q2: { answer: null } });
  });

  it('forgets what was sent, but keeps a change made while the request was on its way', () => {
    putPending(A, { questionId: 'q1', answer: 'first', savedAt: '2026-03-01T10:00:00.000Z' });
    putPending(A, { questionId: 'q2', answer: 42, savedAt: '2026-03-01T10:00:00.500Z' });
    const sent = readPending(A);
    putPending(A, { questionId: 'q1', answer: 'second', savedAt: '2026-03-01T10:00:01.000Z' });

    removeSent(A, sent);

    expect(readPending(A)).toEqual([{ questionId: 'q1', answer: 'second', savedAt: '2026-03-01T10:00:01.000Z' }]);
    removeSent(A, readPending(A));
    expect(hasPending(A)).toBe(false);
    expect(localStorage.getItem(pendingStorageKey(A))).toBeNull();
  });

  it('keeps a different answer with the same time, and clears an attempt without touching others', () => {
    putPending(A, { questionId: 'q1', answer: ['o1'], savedAt: '2026-03-01T10:00:00.000Z' });
    const sent = readPending(A);
    putPending(A, { questionId: 'q1', answer: ['o1', 'o2'], savedAt: '2026-03-01T10:00:00.000Z' });
    removeSent(A, sent);
    expect(readPending(A)).toEqual([{ questionId: 'q1', answer: ['o1', 'o2'], savedAt: '2026-03-01T10:00:00.000Z' }]);

    putPending(B, { questionId: 'q9', answer: 'x', savedAt: '2026-03-01T10:00:00.000Z' });
    clearPending(A);
    expect(hasPending(A)).toBe(false);
    expect(hasPending(B)).toBe(true);
  });

  it('ignores a damaged stored value instead of failing', () => {
    localStorage.setItem(pendingStorageKey(A), '{not json');
    expect(readPending(A)).toEqual([]);
    localStorage.setItem(pendingStorageKey(A), JSON.stringify({ q1: { questionId: 'q1', answer: 'o1', savedAt: '2026-03-01T10:00:00.000Z' }, junk: 3 }));
    expect(readPending(A)).toEqual([{ questionId: 'q1', answer: 'o1', savedAt: '2026-03-01T10:00:00.000Z' }]);
  });
});

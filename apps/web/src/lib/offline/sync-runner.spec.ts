import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { demoUser } from '../../testing/test-utils';

type Runner = typeof import('./sync-runner') & { setSession: typeof import('../session').setSession };

/** A fresh runner (and the session it reads) per test: it is one per app, started once. */
function loadRunner(signedIn = false): Runner {
  let runner!: Runner;
  jest.isolateModules(() => {
    const session = jest.requireActual<typeof import('../session')>('../session');
    session.clearSession();
    if (signedIn) session.setSession({ accessToken: 'a', refreshToken: 'r', user: demoUser });
    runner = { ...jest.requireActual<typeof import('./sync-runner')>('./sync-runner'), setSession: session.setSession };
  });
  return runner;
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('the sync runner', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs every task at start once signed in, again on sign-in and on the online event', async () => {
    const runner = loadRunner();
    const lessons = jest.fn(async () => undefined);
    const quiz = jest.fn(async () => undefined);
    runner.registerSyncTask('lessons', lessons);
    runner.registerSyncTask('quiz', quiz);

    runner.startSyncRunner();
    await flush();
    expect(lessons).not.toHaveBeenCalled(); // signed out: nothing to send for anyone

    runner.setSession({ accessToken: 'a', refreshToken: 'r', user: demoUser });
    await flush();
    expect([lessons.mock.calls.length, quiz.mock.calls.length]).toEqual([1, 1]);

    window.dispatchEvent(new Event('online'));
    await flush();
    expect(lessons).toHaveBeenCalledTimes(2);
  });

  it('tries again every 30 s while a task rejects, and stops once it resolves', async () => {
    const runner = loadRunner(true);
    let left = 2;
    const task = jest.fn(async () => {
      if (left-- > 0) throw new Error('offline');
    });
    const fine = jest.fn(async () => undefined);
    runner.registerSyncTask('flaky', task);
    runner.registerSyncTask('fine', fine);

    runner.startSyncRunner();
    await flush();
    expect(task).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(runner.SYNC_RETRY_MS - 1);
    expect(task).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(runner.SYNC_RETRY_MS);
    expect(task).toHaveBeenCalledTimes(3); // resolved this time
    await jest.advanceTimersByTimeAsync(5 * runner.SYNC_RETRY_MS);
    expect(task).toHaveBeenCalledTimes(3);
    expect(fine).toHaveBeenCalledTimes(3);
  });

  it('never runs a task twice at once: calls during a run share one more run after it', async () => {
    const runner = loadRunner();
    let release!: () => void;
    const task = jest.fn(() => new Promise<void>((resolve) => (release = resolve)));
    runner.registerSyncTask('slow', task);

    const firstRun = runner.runSyncTasks();
    const second = runner.runSyncTasks();
    const third = runner.runSyncTasks();
    expect(second).toBe(third);
    expect(task).toHaveBeenCalledTimes(1);
    release();
    await firstRun;
    await flush();
    expect(task).toHaveBeenCalledTimes(2);
    release();
    await second;
    expect(task).toHaveBeenCalledTimes(2);
  });
});

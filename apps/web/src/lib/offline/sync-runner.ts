import { getSession, subscribeSession } from '../session';

/**
 * Sends what the learner did offline (lesson completions, quiz answers) once it can. Each feature
 * registers one task: a task resolves when it has nothing left to send, and rejects while
 * something stays unsent (no network, server down). The runner runs every task at app start once
 * signed in, on each sign-in, on the window's `online` event, and every 30 s while the last run
 * of any task rejected. Runs never overlap: a call during a run is served by one more run after it.
 */
export const SYNC_RETRY_MS = 30_000;

const tasks = new Map<string, () => Promise<void>>();
const pending = new Set<string>();
let active: Promise<void> | null = null;
let queued: Promise<void> | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;

/** Adds a task, or replaces the one of that name. */
export function registerSyncTask(name: string, task: () => Promise<void>): void {
  tasks.set(name, task);
}

async function runAll(): Promise<void> {
  clearTimeout(retry);
  await Promise.all(
    [...tasks].map(async ([name, task]) => {
      try {
        await task();
        pending.delete(name);
      } catch {
        pending.add(name);
      }
    }),
  );
  if (pending.size > 0) {
    retry = setTimeout(() => {
      if (getSession()) void runSyncTasks();
    }, SYNC_RETRY_MS);
  }
}

/** Runs every registered task; resolves when they have all finished, whether or not they sent everything. */
export function runSyncTasks(): Promise<void> {
  if (!active) {
    active = runAll().finally(() => (active = null));
    return active;
  }
  queued ??= active.then(() => {
    queued = null;
    return runSyncTasks();
  });
  return queued;
}

let started = false;

/** Called once by the app (main.tsx). */
export function startSyncRunner(): void {
  if (started) return;
  started = true;
  let signedIn = false;
  const check = () => {
    const now = getSession() !== null;
    if (now && !signedIn) void runSyncTasks();
    signedIn = now;
  };
  subscribeSession(check);
  window.addEventListener('online', () => {
    if (getSession()) void runSyncTasks();
  });
  check();
}

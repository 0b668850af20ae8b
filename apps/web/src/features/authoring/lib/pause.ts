/** How long typing must pause before the server is asked (a preview, a search). */
export const TYPING_PAUSE_MS = 400;

/**
 * Resolves after `ms`, or rejects as soon as `signal` aborts. A query's fetcher that waits on
 * this first asks the server once per pause in typing: each keystroke makes a new query key,
 * and TanStack Query aborts the query left behind before its wait is over.
 */
export function pause(signal: AbortSignal, ms = TYPING_PAUSE_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

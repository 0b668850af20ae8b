import { getSession } from '../session';

/**
 * The courses a learner downloaded for offline reading live in Cache Storage, one cache per user
 * (`lane-offline-<userId>`), keyed by the API URL that answered them. The API client reads from
 * it when the network fails and keeps what is there fresh when the network works; the service
 * worker (public/sw.js) serves attachment files from it. Kept tiny: it ships with the app.
 */
export const OFFLINE_CACHE_PREFIX = 'lane-offline-';

export const offlineCacheName = (userId: string) => OFFLINE_CACHE_PREFIX + userId;

function userCache(): Promise<Cache> | null {
  const userId = getSession()?.user.id;
  return userId && typeof caches !== 'undefined' ? caches.open(offlineCacheName(userId)) : null;
}

const servedOffline = new Set<string>();
const listeners = new Set<() => void>();
function mark(url: string, offline: boolean): void {
  if (servedOffline.has(url) === offline) return;
  if (offline) servedOffline.add(url);
  else servedOffline.delete(url);
  for (const listener of listeners) listener();
}

/** The body stored for `url`, or undefined; remembers that this URL was last answered offline. */
export async function readOfflineCopy(url: string): Promise<string | undefined> {
  const response = await (await userCache()?.catch(() => null))?.match(url).catch(() => undefined);
  if (!response) return undefined;
  mark(url, true);
  return response.text();
}

/** The network answered `url`: replace the stored copy, if there is one (never adds one). */
export async function refreshOfflineCopy(url: string, body: string): Promise<void> {
  mark(url, false);
  const cache = await userCache()?.catch(() => null);
  if (cache && (await cache.match(url))) await cache.put(url, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/** Whether the last answer for `url` came from the offline copy (for the "offline copy" hint). */
export const isOfflineCopy = (url: string) => servedOffline.has(url);

export function subscribeOfflineCopies(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

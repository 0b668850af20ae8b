import { getSession } from '../session';

/**
 * The courses a learner downloaded for offline reading live in Cache Storage, one cache per user
 * (`lane-offline-<userId>`), keyed by the API URL that answered them. The API client reads from
 * it when the network fails and keeps what is there fresh when the network works; the service
 * worker (public/sw.js) serves attachment files from it. Kept tiny: it ships with the app.
 */
export const OFFLINE_CACHE_PREFIX = 'lane-offline-';
export const offlineCacheName = (userId: string) => OFFLINE_CACHE_PREFIX + userId;

/**
 * The URLs each downloaded course holds, per user, in localStorage: `{ [courseId]: urls }`,
 * written with the download's record (features/courses/offline). Every GET that succeeds looks
 * its URL up here before any Cache Storage call, so a learner who downloaded nothing pays nothing.
 */
export const offlineIndexKey = (userId: string) => 'lane.offline.urls.' + userId;

/** Whether the signed-in user downloaded `url` (as a JSON string, the index holds it quoted). */
function isIndexed(url: string): boolean {
  const userId = getSession()?.user.id;
  return Boolean(userId && localStorage.getItem(offlineIndexKey(userId))?.includes(JSON.stringify(url)));
}

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

/** The network answered `url` with `body`: replace the stored copy, if there is one (never adds one). */
export async function refreshOfflineCopy(url: string, body: unknown): Promise<void> {
  mark(url, false);
  if (!isIndexed(url)) return;
  const cache = await userCache()?.catch(() => null);
  if (cache && (await cache.match(url))) await cache.put(url, new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
}

/** Whether the last answer for `url` came from the offline copy (for the "offline copy" hint). */
export const isOfflineCopy = (url: string) => servedOffline.has(url);

export function subscribeOfflineCopies(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

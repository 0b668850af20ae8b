import type { CourseDetail, CourseOfflineSize, LessonView, ScormLaunch } from '@lms/contracts';
import { api, API_BASE, ApiError } from '../../../lib/api-client';
import { offlineCacheName, offlineIndexKey } from '../../../lib/offline/offline-cache';
import { getOfflineSize } from '../api/get-offline-size';
import { lessonMediaUrls } from './lesson-media';

/**
 * "Download for offline": the course (GET /courses/:id), every lesson (GET /lessons/:id) and every
 * file they show go into the user's offline cache (lib/offline/offline-cache.ts), under the URLs
 * that answered them, so the API client and the service worker find them there without a network.
 * Each SCORM item's launch (GET /scorm-items/:id) goes there too, and its package onto the
 * content origin, by that origin's own offline page (scorm-package-offline.ts).
 * A record of what was stored is written first (incomplete) and again at the end (complete): a
 * download that stopped can be resumed, skipping the files it has, or removed.
 */
export interface OfflineCopy {
  courseId: string;
  /** The course version downloaded, and the size the server counted then: a change of either means the copy is old. */
  version: number;
  bytes: number;
  lessonIds: string[];
  /** The SCORM items whose packages were stored on the content origin. */
  scormItemIds?: string[];
  /** Every entry the download wrote, for Remove. */
  urls: string[];
  complete: boolean;
  savedAt: string;
}

export type DownloadProblem = 'network' | 'storage' | 'failed';

export class OfflineDownloadError extends Error {
  constructor(
    readonly problem: DownloadProblem,
    /** For 'storage': the bytes needed and free, when the browser says. */
    readonly space?: { needed: number; free: number },
  ) {
    super(`offline download: ${problem}`);
    this.name = 'OfflineDownloadError';
  }
}

export type Progress = (done: number, total: number) => void;

const PARALLEL = 3;
const recordUrl = (courseId: string) => `/__lane/offline/${encodeURIComponent(courseId)}.json`;
const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

/** Records the URLs the user's copy of a course holds (null: removed), for the API client (lib/offline/offline-cache.ts). */
function indexOfflineCourse(userId: string, courseId: string, urls: string[] | null): void {
  const key = offlineIndexKey(userId);
  try {
    const index = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string[]>;
    if (urls) index[courseId] = urls;
    else delete index[courseId];
    if (Object.keys(index).length) localStorage.setItem(key, JSON.stringify(index));
    else localStorage.removeItem(key);
  } catch {
    // storage full or disabled: the copy is still read offline, only not refreshed online
  }
}

/** Writes the record of what the copy holds, and the index the API client checks. */
async function saveRecord(cache: Cache, userId: string, copy: OfflineCopy): Promise<void> {
  await cache.put(recordUrl(copy.courseId), json(copy));
  indexOfflineCourse(userId, copy.courseId, copy.urls);
}

export async function findOfflineCopy(userId: string, courseId: string): Promise<OfflineCopy | null> {
  if (typeof caches === 'undefined') return null;
  const stored = await (await caches.open(offlineCacheName(userId))).match(recordUrl(courseId));
  return stored ? ((await stored.json()) as OfflineCopy) : null;
}

/** Whether the course changed since the copy was made (as far as what is known now tells). */
export function isOutdated(copy: OfflineCopy, course?: Pick<CourseDetail, 'version'>, size?: CourseOfflineSize): boolean {
  if (course && course.version !== copy.version) return true;
  return Boolean(size && (size.bytes !== copy.bytes || size.lessons.map((l) => l.id).join() !== copy.lessonIds.join()));
}

/** Room for `bytes` more, as far as the browser tells (a margin for what Cache Storage adds per entry). */
async function checkSpace(bytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (estimate?.quota === undefined || estimate.usage === undefined) return;
  const free = Math.max(0, estimate.quota - estimate.usage);
  const needed = Math.ceil(bytes * 1.1) + 50_000;
  if (free < needed) throw new OfflineDownloadError('storage', { needed, free });
}

function asDownloadError(error: unknown): OfflineDownloadError {
  if (error instanceof OfflineDownloadError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return new OfflineDownloadError('storage');
  if ((error instanceof ApiError && error.isNetworkError) || error instanceof TypeError) return new OfflineDownloadError('network');
  return new OfflineDownloadError('failed');
}

async function eachInParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/**
 * Downloads the course for `userId`, or brings an older copy up to date. Rejects with an
 * OfflineDownloadError saying why: no network, no room on the phone, or anything else.
 */
export async function downloadCourse(userId: string, courseId: string, onProgress: Progress = () => undefined): Promise<OfflineCopy> {
  try {
    // Asked afresh: the size counts what is there now, and the download starts only with a network.
    const size = await getOfflineSize(courseId);
    await checkSpace(size.bytes);
    void navigator.storage?.persist?.().catch(() => false);
    const cache = await caches.open(offlineCacheName(userId));
    const before = await findOfflineCopy(userId, courseId);

    const coursePath = `/courses/${encodeURIComponent(courseId)}`;
    const [course, lessonViews, launches] = await Promise.all([
      api.get<CourseDetail>(coursePath),
      Promise.all(size.lessons.map((lesson) => api.get<LessonView>(`/lessons/${encodeURIComponent(lesson.id)}`))),
      Promise.all(size.packages.map((item) => api.get<ScormLaunch>(`/scorm-items/${encodeURIComponent(item.id)}`))),
    ]);
    const media = [...new Set(lessonViews.flatMap((lesson) => lessonMediaUrls(lesson)))];
    const documents: [string, unknown][] = [
      [API_BASE + coursePath, course],
      ...lessonViews.map((lesson): [string, unknown] => [`${API_BASE}/lessons/${encodeURIComponent(lesson.id)}`, lesson]),
      ...launches.map((launch): [string, unknown] => [`${API_BASE}/scorm-items/${encodeURIComponent(launch.itemId)}`, launch]),
    ];
    const copy: OfflineCopy = {
      courseId,
      version: course.version,
      bytes: size.bytes,
      lessonIds: size.lessons.map((l) => l.id),
      scormItemIds: size.packages.map((p) => p.id),
      urls: [...documents.map(([url]) => url), ...media],
      complete: false,
      savedAt: new Date().toISOString(),
    };
    await saveRecord(cache, userId, { ...copy, urls: [...new Set([...copy.urls, ...(before?.urls ?? [])])] });

    const total = documents.length + media.length + launches.length;
    let done = 0;
    const tick = () => onProgress(++done, total);
    onProgress(0, total);
    for (const [url, body] of documents) {
      await cache.put(url, json(body));
      tick();
    }
    await eachInParallel(media, async (url) => {
      if (!(await cache.match(url))) {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) throw new OfflineDownloadError('failed');
        await cache.put(url, response);
      }
      tick();
    });
    if (launches.length && !(await (await import('./scorm-package-offline')).storeScormPackages(launches, tick))) throw new OfflineDownloadError('failed');

    // What the older copy had and this one does not (yesterday's signed URLs, removed lessons) goes.
    for (const url of before?.urls ?? []) if (!copy.urls.includes(url)) await cache.delete(url);
    const finished = { ...copy, complete: true };
    await saveRecord(cache, userId, finished);
    return finished;
  } catch (error) {
    throw asDownloadError(error);
  }
}

/** Deletes the course's offline copy, complete or not. */
export async function removeOfflineCourse(userId: string, courseId: string): Promise<void> {
  const cache = await caches.open(offlineCacheName(userId));
  const copy = await findOfflineCopy(userId, courseId);
  const packages = copy?.scormItemIds;
  if (packages?.length) void import('./scorm-package-offline').then((m) => m.removeScormPackages(userId, packages), () => undefined);
  for (const url of copy?.urls ?? []) await cache.delete(url);
  await cache.delete(recordUrl(courseId));
  indexOfflineCourse(userId, courseId, null);
}

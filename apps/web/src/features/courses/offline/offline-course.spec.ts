import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CourseDetail, CourseOfflineSize, LessonView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { isOfflineCopy, offlineCacheName } from '../../../lib/offline/offline-cache';
import { installFakeCaches, type FakeCacheStorage } from '../../../testing/fake-cache-storage';
import { demoUser, mockFetch, resetBrowserState, signIn, type FakeResponse } from '../../../testing/test-utils';
import { downloadCourse, isOutdated, findOfflineCopy, removeOfflineCourse, type OfflineDownloadError } from './offline-course';

const courseId = '0b6f2c1e-0000-4000-8000-00000000c001';
const [lesson1, lesson2] = ['0b6f2c1e-0000-4000-8000-00000000b001', '0b6f2c1e-0000-4000-8000-00000000b002'];
const [image, pdf] = ['0b6f2c1e-0000-4000-8000-00000000f001', '0b6f2c1e-0000-4000-8000-00000000f002'];
const signed = (id: string, width?: number) => `/api/v1/attachments/${id}?${width ? `width=${width}&` : ''}exp=1767225600&sig=abc`;

const course = { id: courseId, title: 'ອີເມວ', version: 3, modules: [] } as unknown as CourseDetail;
const size: CourseOfflineSize = { courseId, bytes: 120_000, lessons: [{ id: lesson1, bytes: 100_000 }, { id: lesson2, bytes: 20_000 }], packages: [] };
const lessons: Record<string, LessonView> = {
  [lesson1]: {
    id: lesson1,
    title: 'ບົດທີ 1',
    html: `<p>ເບິ່ງ</p><img src="${signed(image, 480).replaceAll('&', '&amp;')}" alt="ແຜນຜັງ"><img src="https://elsewhere.example/logo.png"><audio controls><source src="${signed(pdf).replaceAll('&', '&amp;')}"></audio>`,
    attachments: [
      { id: image, filename: 'map.jpg', contentType: 'image/jpeg', sizeBytes: 900_000, url: signed(image), variants: [{ width: 480, sizeBytes: 30_000, url: signed(image, 480) }, { width: 960, sizeBytes: 90_000, url: signed(image, 960) }] },
      { id: pdf, filename: 'guide.pdf', contentType: 'application/pdf', sizeBytes: 60_000, url: signed(pdf), variants: [] },
    ],
    downloadBytes: 100_000,
  },
  [lesson2]: { id: lesson2, title: 'ບົດທີ 2', html: '<p>ຂໍ້ຄວາມ</p>', attachments: [], downloadBytes: 20_000 },
};

type Route = (url: string) => FakeResponse | Promise<FakeResponse> | undefined;
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** The API and the attachment files, as the server answers them; `route` may answer first. */
function server(route: Route = () => undefined) {
  return mockFetch(({ url }) => {
    const routed = route(url);
    if (routed) return routed;
    if (url === `/api/v1/courses/${courseId}/offline`) return { status: 200, body: size };
    if (url === `/api/v1/courses/${courseId}`) return { status: 200, body: course };
    const lesson = /\/api\/v1\/lessons\/([\w-]+)$/.exec(url)?.[1];
    if (lesson) return lessons[lesson] ? { status: 200, body: lessons[lesson] } : { status: 404, body: { statusCode: 404 } };
    if (url.startsWith('/api/v1/attachments/')) return { status: 200, body: `file ${url}` };
    return { status: 404, body: { statusCode: 404 } };
  });
}

function setStorageEstimate(estimate: { quota: number; usage: number } | undefined) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: estimate ? { estimate: async () => estimate, persist: async () => true } : undefined });
}

describe('downloading a course for offline reading', () => {
  let storage: FakeCacheStorage;
  let uninstall: () => void;

  beforeEach(() => {
    resetBrowserState();
    signIn();
    ({ storage, uninstall } = installFakeCaches());
    setStorageEstimate({ quota: 50_000_000, usage: 1_000_000 });
  });
  afterEach(() => uninstall());

  const userCache = () => storage.open(offlineCacheName(demoUser.id));

  it('stores the course, every lesson and the same-site files they show, with progress, in the user’s own cache', async () => {
    const calls = server();
    const progress: [number, number][] = [];

    const copy = await downloadCourse(demoUser.id, courseId, (done, total) => progress.push([done, total]));

    const files = [signed(image, 480), signed(pdf)];
    expect((await userCache()).paths()).toEqual([`/__lane/offline/${courseId}.json`, `/api/v1/courses/${courseId}`, `/api/v1/lessons/${lesson1}`, `/api/v1/lessons/${lesson2}`, ...files].sort());
    // An image is stored at the size the estimate counts (its smallest rendition); other sites' files are not fetched.
    expect(calls.filter((c) => c.url.startsWith('/api/v1/attachments/')).map((c) => c.url).sort()).toEqual(files.sort());
    expect(calls.some((c) => c.url.includes('elsewhere'))).toBe(false);
    expect(progress[0]).toEqual([0, 5]);
    expect(progress.at(-1)).toEqual([5, 5]);
    expect(copy).toMatchObject({ courseId, version: 3, bytes: 120_000, lessonIds: [lesson1, lesson2], complete: true });
    expect(await findOfflineCopy(demoUser.id, courseId)).toEqual(copy);
    expect(await (await (await userCache()).match(`/api/v1/lessons/${lesson2}`))!.json()).toEqual(lessons[lesson2]);
  });

  it('answers the API client from the copy when the network fails, and refreshes the copy when it works', async () => {
    server();
    await downloadCourse(demoUser.id, courseId);

    mockFetch(() => offline());
    expect(await api.get(`/lessons/${lesson2}`)).toEqual(lessons[lesson2]);
    expect(isOfflineCopy(`/api/v1/lessons/${lesson2}`)).toBe(true);
    // Not in the copy, or not a GET: the network error as before.
    await expect(api.get('/me/enrolments')).rejects.toMatchObject({ statusCode: 0 });
    await expect(api.post(`/lessons/${lesson2}/complete`)).rejects.toMatchObject({ statusCode: 0 });

    const edited = { ...lessons[lesson2], html: '<p>ຂໍ້ຄວາມໃໝ່</p>' };
    mockFetch(() => ({ status: 200, body: edited }));
    expect(await api.get(`/lessons/${lesson2}`)).toEqual(edited);
    expect(isOfflineCopy(`/api/v1/lessons/${lesson2}`)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await (await (await userCache()).match(`/api/v1/lessons/${lesson2}`))!.json()).toEqual(edited);
    // A URL that was never downloaded is not added by reading it online.
    mockFetch(() => ({ status: 200, body: [] }));
    await api.get('/me/enrolments');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await (await userCache()).match('/api/v1/me/enrolments')).toBeUndefined();
  });

  it('opens no Cache Storage on a GET that works while nothing, or not that URL, is downloaded', async () => {
    const open = jest.spyOn(storage, 'open');
    mockFetch(() => ({ status: 200, body: lessons[lesson2] }));
    await api.get(`/lessons/${lesson2}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(open).not.toHaveBeenCalled();

    server();
    await downloadCourse(demoUser.id, courseId);
    open.mockClear();
    mockFetch(() => ({ status: 200, body: [] }));
    await api.get('/me/enrolments');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(open).not.toHaveBeenCalled();

    await removeOfflineCourse(demoUser.id, courseId);
    open.mockClear();
    mockFetch(() => ({ status: 200, body: lessons[lesson2] }));
    await api.get(`/lessons/${lesson2}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(open).not.toHaveBeenCalled();
  });

  it('says when the device has no room, before downloading anything, with what it needs and what is free', async () => {
    setStorageEstimate({ quota: 10_000_000, usage: 9_990_000 });
    const calls = server();
    const error = (await downloadCourse(demoUser.id, courseId).catch((e: unknown) => e)) as OfflineDownloadError;
    expect(error).toMatchObject({ problem: 'storage', space: { free: 10_000 } });
    expect(error.space!.needed).toBeGreaterThan(size.bytes);
    expect(calls.map((c) => c.url)).toEqual([`/api/v1/courses/${courseId}/offline`]);
  });

  it('says so when the browser refuses to store more (quota exceeded) even though the estimate allowed it', async () => {
    server();
    (await userCache()).failPut = () => new DOMException('full', 'QuotaExceededError');
    await expect(downloadCourse(demoUser.id, courseId)).rejects.toMatchObject({ problem: 'storage', space: undefined });
  });

  it('stops on a lost connection, says so, and resumes without fetching again the files it has', async () => {
    let attachmentsServed = 0;
    server((url) => (url.startsWith('/api/v1/attachments/') && attachmentsServed++ >= 1 ? offline() : undefined));
    await expect(downloadCourse(demoUser.id, courseId)).rejects.toMatchObject({ problem: 'network' });
    expect(await findOfflineCopy(demoUser.id, courseId)).toMatchObject({ complete: false });

    const calls = server();
    const copy = await downloadCourse(demoUser.id, courseId);
    expect(copy.complete).toBe(true);
    expect(calls.filter((c) => c.url.startsWith('/api/v1/attachments/'))).toHaveLength(1);
  });

  it('an update replaces yesterday’s signed URLs; Remove deletes the whole copy', async () => {
    server();
    await downloadCourse(demoUser.id, courseId);
    const renewed = (url: string) => url.replace('sig=abc', 'sig=new');
    const today = { ...lessons[lesson1], html: lessons[lesson1].html.replaceAll('sig=abc', 'sig=new'), attachments: lessons[lesson1].attachments.map((a) => ({ ...a, url: renewed(a.url), variants: a.variants.map((v) => ({ ...v, url: renewed(v.url) })) })) };
    server((url) => (url === `/api/v1/lessons/${lesson1}` ? { status: 200, body: today } : undefined));
    await downloadCourse(demoUser.id, courseId);
    const paths = (await userCache()).paths();
    expect(paths.filter((p) => p.includes('sig=abc'))).toEqual([]);
    expect(paths.filter((p) => p.includes('sig=new'))).toHaveLength(2);

    await removeOfflineCourse(demoUser.id, courseId);
    expect((await userCache()).paths()).toEqual([]);
    expect(await findOfflineCopy(demoUser.id, courseId)).toBeNull();
  });

  it('knows a copy is old when the course has a new version or its lessons or size changed', () => {
    const copy = { courseId, version: 3, bytes: 120_000, lessonIds: [lesson1, lesson2], urls: [], complete: true, savedAt: '' };
    expect(isOutdated(copy, { version: 3 }, size)).toBe(false);
    expect(isOutdated(copy, { version: 4 }, size)).toBe(true);
    expect(isOutdated(copy, { version: 3 }, { ...size, bytes: 121_000 })).toBe(true);
    expect(isOutdated(copy, undefined, { ...size, lessons: [size.lessons[1], size.lessons[0]] })).toBe(true);
    expect(isOutdated(copy)).toBe(false);
  });
});

describe('downloading a course with a SCORM package', () => {
  const scormItem = '0b6f2c1e-0000-4000-8000-00000000d001';
  const launch = { itemId: scormItem, courseId, offlineUrl: 'http://scorm.lane.test/offline/p/t/', contentOrigin: 'http://scorm.lane.test', downloadBytes: 80_000 };
  const withPackage: CourseOfflineSize = { ...size, bytes: size.bytes + 80_000, packages: [{ id: scormItem, bytes: 80_000 }] };
  let uninstall: () => void;
  let storage: FakeCacheStorage;
  let observer: MutationObserver | undefined;

  /** Plays the content origin's offline page (scorm-package-offline.spec.ts tests the frame): answers each frame opened with `ok`, and lists what each asked. */
  function contentOrigin(ok: boolean): string[] {
    const asked: string[] = [];
    observer?.disconnect();
    observer = new MutationObserver(() => {
      for (const frame of document.querySelectorAll('iframe')) {
        if (frame.dataset.answered) continue;
        frame.dataset.answered = 'yes';
        const mode = frame.getAttribute('src')!.endsWith('#remove') ? 'remove' : 'download';
        asked.push(mode);
        setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data: { source: 'lane-scorm', type: 'offline', mode, ok }, origin: launch.contentOrigin, source: frame.contentWindow })), 0);
      }
    });
    observer.observe(document.body, { childList: true });
    return asked;
  }

  beforeEach(() => {
    resetBrowserState();
    signIn();
    ({ storage, uninstall } = installFakeCaches());
    setStorageEstimate({ quota: 50_000_000, usage: 1_000_000 });
    server((url) => (url === `/api/v1/courses/${courseId}/offline` ? { status: 200, body: withPackage } : url === `/api/v1/scorm-items/${scormItem}` ? { status: 200, body: launch } : undefined));
  });
  afterEach(() => {
    observer?.disconnect();
    uninstall();
  });

  it('keeps the launch for the player and has the content origin store the package, counting it in the progress', async () => {
    const asked = contentOrigin(true);
    const progress: [number, number][] = [];
    const copy = await downloadCourse(demoUser.id, courseId, (done, total) => progress.push([done, total]));
    expect(asked).toEqual(['download']);
    expect(await (await (await storage.open(offlineCacheName(demoUser.id))).match(`/api/v1/scorm-items/${scormItem}`))!.json()).toEqual(launch);
    expect(copy).toMatchObject({ scormItemIds: [scormItem], bytes: withPackage.bytes, complete: true });
    expect(progress.at(-1)).toEqual([7, 7]);
    expect(isOutdated(copy, course, withPackage)).toBe(false);
    // A package added or taken away is a new course version, and a new size.
    expect(isOutdated(copy, course, { ...withPackage, bytes: size.bytes, packages: [] })).toBe(true);
  });

  it('fails, and keeps the copy incomplete, when the package could not be stored', async () => {
    contentOrigin(false);
    await expect(downloadCourse(demoUser.id, courseId)).rejects.toMatchObject({ problem: 'failed' });
    expect(await findOfflineCopy(demoUser.id, courseId)).toMatchObject({ complete: false });
  });

  it('removes the package with the copy, unless another user of the phone downloaded it too', async () => {
    const asked = contentOrigin(true);
    await downloadCourse(demoUser.id, courseId);
    localStorage.setItem('lane.offline.urls.someone-else', JSON.stringify({ [courseId]: [`/api/v1/scorm-items/${scormItem}`] }));
    await removeOfflineCourse(demoUser.id, courseId);
    // Given the time the removal below takes: nothing is asked.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked).toEqual(['download']);

    await downloadCourse(demoUser.id, courseId);
    localStorage.removeItem('lane.offline.urls.someone-else');
    await removeOfflineCourse(demoUser.id, courseId);
    for (let i = 0; i < 100 && (asked.length < 3 || document.querySelector('iframe')); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual(['download', 'download', 'remove']);
    expect(document.querySelector('iframe')).toBeNull();
    expect(await findOfflineCopy(demoUser.id, courseId)).toBeNull();
  });
});

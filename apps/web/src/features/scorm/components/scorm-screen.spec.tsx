import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ScormCommitResult, ScormLaunch } from '@lms/contracts';
import { act, screen, waitFor } from '@testing-library/react';
import { queryKeys } from '../../../lib/query-keys';
import { demoUser, mockFetch, resetBrowserState, signIn, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';
import { emailCourse, ids } from '../../courses/testing/fake-courses-api';
import { renderCoursesApp } from '../../courses/testing/render-app';

const courseId = '0b6f2c1e-0000-4000-8000-00000000c001';
const itemId = '0b6f2c1e-0000-4000-8000-00000000a501';
const contentOrigin = 'https://content.lane.test';
const path = `/courses/${courseId}/scorm/${itemId}`;
const queueKey = `lane.offline.scorm.${demoUser.id}`;
const saved = { core: { lesson_location: 'page-3', lesson_status: 'incomplete' }, suspend_data: 'abc' };

const launchOf = (over: Partial<ScormLaunch> = {}): ScormLaunch => ({
  itemId,
  courseId,
  title: 'ການຕັ້ງລະຫັດຜ່ານທີ່ປອດໄພ',
  launchUrl: `${contentOrigin}/launch/${itemId}?exp=1900000000&sig=abc`,
  offlineUrl: `${contentOrigin}/offline/${itemId}?exp=1900000000&sig=abc`,
  downloadBytes: 120_000,
  contentOrigin,
  masteryScore: 80,
  cmi: saved,
  seq: 100,
  completed: false,
  enrolled: true,
  ...over,
});

const resultOf = (seq: number, completed = false): ScormCommitResult => ({
  saved: true,
  seq,
  lessonStatus: completed ? 'passed' : 'incomplete',
  scoreRaw: completed ? 90 : null,
  completed,
  enrolment: {} as ScormCommitResult['enrolment'],
});

/** The player's API: the launch, and PUTs answered by `put` (recording what the device kept when each arrived). */
function fakeScormApi(launch: ScormLaunch, put: (call: RecordedCall) => FakeResponse = (call) => ({ status: 200, body: resultOf((call.body as { seq: number }).seq) })) {
  const keptAtPut: unknown[] = [];
  const calls = mockFetch((call) => {
    if (call.method === 'GET' && call.url === `/api/v1/scorm-items/${itemId}`) return { status: 200, body: launch };
    if (call.method === 'PUT' && call.url === `/api/v1/scorm-items/${itemId}/runtime`) {
      keptAtPut.push(JSON.parse(localStorage.getItem(queueKey) ?? 'null'));
      return put(call);
    }
    return { status: 404, body: { statusCode: 404, message: 'Not found', details: [] } };
  });
  return { calls, keptAtPut, puts: () => calls.filter((c) => c.method === 'PUT') };
}

async function renderPlayer(options: { locale?: 'lo' | 'en' } = {}) {
  const view = renderCoursesApp(path, options);
  const frame = (await screen.findByTitle(/ການຕັ້ງລະຫັດຜ່ານທີ່ປອດໄພ/)) as HTMLIFrameElement;
  const target = frame.contentWindow!;
  const post = jest.spyOn(target, 'postMessage').mockImplementation(() => undefined);
  const send = (data: unknown, from: { origin?: string; source?: Window | null } = {}) =>
    act(async () => {
      window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin ?? contentOrigin, source: from.source === undefined ? target : from.source }));
      await Promise.resolve();
    });
  return { ...view, frame, post, send };
}

describe('the SCORM player', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('plays the package from the signed launch URL in a sandboxed frame, under the title and a way back', async () => {
    fakeScormApi(launchOf());
    const { frame } = await renderPlayer();

    expect(frame.getAttribute('src')).toBe(launchOf().launchUrl);
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-forms allow-popups');
    expect(frame.getAttribute('allow')).toBe('fullscreen');
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(frame.getAttribute('title')).toBe('ກິດຈະກຳແບບໂຕ້ຕອບ: ການຕັ້ງລະຫັດຜ່ານທີ່ປອດໄພ');
    expect(screen.getByRole('heading', { level: 1, name: 'ການຕັ້ງລະຫັດຜ່ານທີ່ປອດໄພ' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ' }).getAttribute('href')).toBe(`/courses/${courseId}`);
    expect(screen.queryByText('ເບິ່ງຕົວຢ່າງ: ຄວາມຄືບໜ້າຂອງທ່ານຈະບໍ່ຖືກບັນທຶກ.')).toBeNull();
  });

  it("answers the launcher's ready with start: the saved data and the learner", async () => {
    fakeScormApi(launchOf());
    const { post, send } = await renderPlayer();

    await send({ source: 'lane-scorm', type: 'ready' });

    expect(post.mock.calls).toEqual([[{ source: 'lane-scorm', type: 'start', cmi: saved, learner: { id: demoUser.id, name: demoUser.displayName }, credit: 'credit', masteryScore: 80 }, contentOrigin]]);
  });

  it('resumes from a commit kept on the device when it is newer than the server’s, not when older', async () => {
    const newer = { core: { lesson_location: 'page-7' } };
    const keep = (seq: number) =>
      localStorage.setItem(queueKey, JSON.stringify([{ itemId, courseId, cmi: newer, seq, committedAt: '2026-03-01T08:00:00.000Z', finished: false }]));
    // Sending it is not what this test is about: the network is down.
    mockFetch((call) => (call.method === 'GET' ? { status: 200, body: launchOf() } : Promise.reject(new TypeError('Failed to fetch'))));
    keep(150);
    const first = await renderPlayer();
    await first.send({ source: 'lane-scorm', type: 'ready' });
    expect(first.post.mock.calls[0][0]).toMatchObject({ type: 'start', cmi: newer });
    first.unmount();

    keep(50);
    const second = await renderPlayer();
    await second.send({ source: 'lane-scorm', type: 'ready' });
    expect(second.post.mock.calls[0][0]).toMatchObject({ type: 'start', cmi: saved });
  });

  it('ignores messages from another origin, another window or another sender', async () => {
    const api = fakeScormApi(launchOf());
    const { post, send } = await renderPlayer();

    await send({ source: 'lane-scorm', type: 'ready' }, { origin: 'https://evil.test' });
    await send({ source: 'lane-scorm', type: 'ready' }, { source: window });
    await send({ source: 'lane-scorm', type: 'ready' }, { source: null });
    await send({ source: 'other', type: 'ready' });
    await send({ source: 'lane-scorm', type: 'commit', cmi: { core: {} }, finished: true }, { origin: 'https://evil.test' });
    await send({ source: 'lane-scorm', type: 'commit', cmi: 'not an object', finished: true });

    expect(post).not.toHaveBeenCalled();
    expect(localStorage.getItem(queueKey)).toBeNull();
    expect(api.puts()).toHaveLength(0);
  });

  it('keeps each commit on the device before sending it, with an increasing seq, and tells when it is saved', async () => {
    const api = fakeScormApi(launchOf());
    const { send } = await renderPlayer({ locale: 'en' });
    const one = { core: { lesson_location: 'page-4' } };
    const two = { core: { lesson_location: 'page-5' } };

    await send({ source: 'lane-scorm', type: 'commit', cmi: one, finished: false });
    await waitFor(() => expect(api.puts()).toHaveLength(1));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    await send({ source: 'lane-scorm', type: 'commit', cmi: two, finished: true });
    await waitFor(() => expect(api.puts()).toHaveLength(2));

    const [first, second] = api.puts().map((c) => c.body as { cmi: unknown; seq: number; committedAt: string; finished: boolean });
    expect(first).toMatchObject({ cmi: one, finished: false });
    expect(second).toMatchObject({ cmi: two, finished: true });
    expect(first.seq).toBeGreaterThan(100);
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(new Date(first.committedAt).toISOString()).toBe(first.committedAt);
    // What the device held when each PUT left: that very commit.
    expect(api.keptAtPut).toEqual([[{ itemId, courseId, ...first }], [{ itemId, courseId, ...second }]]);
    await waitFor(() => expect(localStorage.getItem(queueKey)).toBeNull());
  });

  it('says the commit waits on the device while the network is down', async () => {
    fakeScormApi(launchOf(), () => Promise.reject(new TypeError('Failed to fetch')) as unknown as FakeResponse);
    const online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { send } = await renderPlayer({ locale: 'en' });

    await send({ source: 'lane-scorm', type: 'commit', cmi: { core: {} }, finished: false });

    expect(await screen.findByText('Saved on this device. It will be sent when you are online.')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(queueKey)!)).toHaveLength(1);
    online.mockRestore();
  });

  it('shows the completed banner once the server says the activity is complete, and refreshes the course', async () => {
    const api = fakeScormApi(launchOf(), (call) => ({ status: 200, body: resultOf((call.body as { seq: number }).seq, true) }));
    const { send, queryClient } = await renderPlayer({ locale: 'en' });
    queryClient.setQueryData(queryKeys.course(courseId), { id: courseId });
    expect(screen.queryByText('You have completed this activity.')).toBeNull();

    await send({ source: 'lane-scorm', type: 'commit', cmi: { core: { lesson_status: 'passed' } }, finished: true });

    expect(await screen.findByText('You have completed this activity.')).toBeTruthy();
    expect(screen.getByTestId('scorm-completed').querySelector('a')?.getAttribute('href')).toBe(`/courses/${courseId}`);
    expect(queryClient.getQueryState(queryKeys.course(courseId))?.isInvalidated).toBe(true);
    expect(api.puts()).toHaveLength(1);
  });

  it('tells when the server refuses the progress for good (not enrolled)', async () => {
    fakeScormApi(launchOf(), () => ({ status: 409, body: { statusCode: 409, message: 'Not enrolled', details: [{ code: 'NOT_ENROLLED' }] } }));
    const { send } = await renderPlayer({ locale: 'en' });

    await send({ source: 'lane-scorm', type: 'commit', cmi: { core: {} }, finished: false });

    expect(await screen.findByText(/Your progress could not be saved/)).toBeTruthy();
    expect(localStorage.getItem(queueKey)).toBeNull();
  });

  it('plays a preview for an author but keeps and sends nothing', async () => {
    const api = fakeScormApi(launchOf({ enrolled: false, cmi: null, seq: 0 }));
    const { post, send } = await renderPlayer({ locale: 'en' });
    expect(screen.getByText('Preview: your progress is not saved.')).toBeTruthy();

    await send({ source: 'lane-scorm', type: 'ready' });
    expect(post.mock.calls).toEqual([[expect.objectContaining({ type: 'start', cmi: null, credit: 'no-credit' }), contentOrigin]]);
    await send({ source: 'lane-scorm', type: 'commit', cmi: { core: { lesson_location: 'p2' } }, finished: true });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));

    expect(api.puts()).toHaveLength(0);
    expect(localStorage.getItem(queueKey)).toBeNull();
    expect(screen.queryByText('Saved on this device.')).toBeNull();
  });

  it('shows a friendly page for an activity that is not there', async () => {
    mockFetch(() => ({ status: 404, body: { statusCode: 404, message: 'Not found', details: [] } }));
    renderCoursesApp(path, { locale: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Activity not found' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Back to the course' }).at(-1)?.getAttribute('href')).toBe(`/courses/${courseId}`);
  });

  it('says the activity needs a connection when the launch cannot be fetched offline', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')) as unknown as FakeResponse);
    renderCoursesApp(path, { locale: 'en' });

    expect(await screen.findByText('This activity needs an internet connection. Please connect and try again.')).toBeTruthy();
    expect(screen.queryByTitle(/Interactive activity/)).toBeNull();
  });

  it('is opened from the course outline', async () => {
    const course = emailCourse();
    course.modules[0].items.push({ id: itemId, kind: 'scorm', title: 'ການຕັ້ງລະຫັດຜ່ານທີ່ປອດໄພ', position: 2 });
    mockFetch((call) => (call.url === `/api/v1/courses/${ids.emailCourse}` ? { status: 200, body: course } : { status: 404, body: { statusCode: 404 } }));
    renderCoursesApp(`/courses/${ids.emailCourse}`);

    const link = await screen.findByRole('link', { name: 'ກິດຈະກຳແບບໂຕ້ຕອບ ການຕັ້ງລະຫັດຜ່ານທີ່ປອດໄພ' });
    expect(link.getAttribute('href')).toBe(`/courses/${ids.emailCourse}/scorm/${itemId}`);
  });
});

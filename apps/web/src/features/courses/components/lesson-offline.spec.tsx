import { beforeEach, describe, expect, it } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';
import { queuedCompletions } from '../../../lib/offline/lesson-queue';
import { sendQueuedCompletions } from '../../../lib/offline/lesson-sync';
import { resetBrowserState, signIn, type FakeResponse } from '../../../testing/test-utils';
import { fakeCoursesApi, ids, requests } from '../testing/fake-courses-api';
import { renderCoursesApp } from '../testing/render-app';

const lessonPath = `/courses/${ids.emailCourse}/lessons/${ids.lesson1}`;
const offline = () => Promise.reject(new TypeError('Failed to fetch')) as unknown as FakeResponse;

describe('marking a lesson done without a network', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('keeps it on the device with the tick, then syncs it with its own time: saved → syncing → synced', async () => {
    let network = true;
    const api = fakeCoursesApi({ enrolment: { progressPercent: 0 }, override: (call) => (!network && call.method === 'POST' ? offline() : undefined) });
    renderCoursesApp(lessonPath);

    network = false;
    fireEvent.click(await screen.findByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' }));

    // The learner stays on the lesson and is told where the completion is.
    expect(await screen.findByText('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ: ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ.')).toBeTruthy();
    expect(screen.getByText('ທ່ານຮຽນບົດຮຽນນີ້ສຳເລັດແລ້ວ.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'ອີເມວແມ່ນຫຍັງ' })).toBeTruthy();
    const [queued] = queuedCompletions();
    expect(queued).toMatchObject({ lessonId: ids.lesson1, courseId: ids.emailCourse });

    network = true;
    await act(() => sendQueuedCompletions());

    expect(await screen.findByText('ສົ່ງຂໍ້ມູນແລ້ວ.')).toBeTruthy();
    const posts = requests(api, 'POST', `/lessons/${ids.lesson1}/complete`);
    expect(posts.at(-1)?.body).toEqual({ completedAt: queued.completedAt });
    expect(api.enrolment?.completedItemIds).toEqual([ids.lesson1]);
    expect(queuedCompletions()).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { queryKeys } from '../../../lib/query-keys';
import { resetBrowserState, signIn } from '../../../testing/test-utils';
import { attachment, fakeCoursesApi, ids, requests } from '../testing/fake-courses-api';
import { renderCoursesApp } from '../testing/render-app';

const coursePath = `/courses/${ids.emailCourse}`;
const lessonPath = (lessonId: string) => `${coursePath}/lessons/${lessonId}`;

describe('the lesson reader', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('renders the lesson with its files, where it sits in the course and the way on', async () => {
    fakeCoursesApi({ enrolment: { completedItemIds: [ids.lesson1], progressPercent: 25 } });
    renderCoursesApp(lessonPath(ids.lesson2));

    const title = await screen.findByRole('heading', { level: 1, name: 'ການຂຽນອີເມວທີ່ດີ' });
    // The Markdown's own "# title" is not shown twice: one h1 on the page.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(title));

    const article = screen.getByRole('article');
    expect(within(article).getByText('ຫົວເລື່ອງຄວນສັ້ນ ແລະ ຈະແຈ້ງ.')).toBeTruthy();
    expect(within(article).getByRole('heading', { level: 2, name: 'ຄຳຂຶ້ນຕົ້ນ' })).toBeTruthy();
    expect(article.querySelector('.lesson__table > table')).toBeTruthy();
    expect(screen.getByText('ຂໍ້ມູນທີ່ໃຊ້: ປະມານ 1,5 MB')).toBeTruthy();

    const file = screen.getByRole('link', { name: 'email-checklist.pdf ດາວໂຫຼດ, 1,5 MB' });
    expect(file.getAttribute('href')).toBe(attachment.url);
    expect(screen.getByRole('heading', { level: 2, name: 'ໄຟລ໌ແນບ' })).toBeTruthy();

    // Its place in the course, once the course has loaded.
    expect(await screen.findByText('ລາຍການທີ 2 ຈາກ 4')).toBeTruthy();
    const pager = screen.getByRole('navigation', { name: 'ລາຍການກ່ອນໜ້າ ແລະ ຕໍ່ໄປ' });
    expect(within(pager).getByRole('link', { name: 'ກ່ອນໜ້າ ອີເມວແມ່ນຫຍັງ' }).getAttribute('href')).toBe(lessonPath(ids.lesson1));
    expect(within(pager).getByRole('link', { name: 'ຕໍ່ໄປ ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ' }).getAttribute('href')).toBe(`${coursePath}/quizzes/${ids.quiz1}`);
    expect(within(pager).getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ' }).getAttribute('href')).toBe(coursePath);
    expect(screen.getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ ການໃຊ້ອີເມວໃນວຽກງານລັດ' }).getAttribute('href')).toBe(coursePath);
    expect(screen.getByText('ຈາກນັ້ນໄປຕໍ່: ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ')).toBeTruthy();
  });

  it('marks the lesson done, refreshes the course and "my learning", and moves to the next item', async () => {
    const api = fakeCoursesApi({ enrolment: { completedItemIds: [], progressPercent: 0, status: 'not_started' } });
    const { queryClient, router } = renderCoursesApp(lessonPath(ids.lesson1));
    queryClient.setQueryData(queryKeys.enrolments, []); // as if "my learning" had been opened before
    await screen.findByText('ອີເມວແມ່ນຈົດໝາຍເອເລັກໂຕຣນິກ.');
    const coursesBefore = requests(api, 'GET', `/courses/${ids.emailCourse}`).length;

    fireEvent.click(await screen.findByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'ການຂຽນອີເມວທີ່ດີ' })).toBeTruthy();
    expect(router.url()).toBe(lessonPath(ids.lesson2));
    const posts = requests(api, 'POST', '/lessons/');
    expect(posts.map((call) => call.url)).toEqual([`/api/v1/lessons/${ids.lesson1}/complete`]);
    expect(posts[0].headers.Authorization).toBe('Bearer access-1');
    expect(queryClient.getQueryState(queryKeys.enrolments)?.isInvalidated).toBe(true);
    await waitFor(() => expect(requests(api, 'GET', `/courses/${ids.emailCourse}`).length).toBeGreaterThan(coursesBefore));

    // Back on the course page the lesson is ticked and the progress moved.
    fireEvent.click(screen.getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ ການໃຊ້ອີເມວໃນວຽກງານລັດ' }));
    expect(await screen.findByRole('link', { name: 'ບົດຮຽນ ອີເມວແມ່ນຫຍັງ ສຳເລັດແລ້ວ' })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByTestId('course-start').getAttribute('href')).toBe(lessonPath(ids.lesson2));
  });

  it('after the last item, goes back to the course', async () => {
    const api = fakeCoursesApi({ enrolment: { completedItemIds: [ids.lesson1, ids.lesson2, ids.quiz1], progressPercent: 75 } });
    const { router } = renderCoursesApp(lessonPath(ids.lesson3), { locale: 'en' });

    expect(await screen.findByText('This is the last item of the course.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Next/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as done' }));

    expect(await screen.findByText('You have completed this course.')).toBeTruthy();
    expect(router.url()).toBe(coursePath);
    expect(requests(api, 'POST', `/lessons/${ids.lesson3}/complete`)).toHaveLength(1);
  });

  it('shows a lesson already done as done, with no button to press again', async () => {
    fakeCoursesApi({ enrolment: { completedItemIds: [ids.lesson1], progressPercent: 25 } });
    renderCoursesApp(lessonPath(ids.lesson1), { locale: 'en' });

    expect(await screen.findByText('You have completed this lesson.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as done' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Next ການຂຽນອີເມວທີ່ດີ' }).getAttribute('href')).toBe(lessonPath(ids.lesson2));
  });

  it('offers to enrol instead of "Mark as done" to someone not enrolled', async () => {
    const api = fakeCoursesApi();
    renderCoursesApp(lessonPath(ids.lesson1));

    expect(await screen.findByText('ລົງທະບຽນຮຽນຫຼັກສູດນີ້ ເພື່ອບັນທຶກວ່າທ່ານຮຽນບົດຮຽນນີ້ແລ້ວ.')).toBeTruthy();
    expect(screen.getByText('ອີເມວແມ່ນຈົດໝາຍເອເລັກໂຕຣນິກ.')).toBeTruthy(); // the lesson itself is readable
    expect(screen.queryByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'ລົງທະບຽນຮຽນຫຼັກສູດນີ້' }));

    const markDone = await screen.findByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' });
    expect(document.activeElement).toBe(markDone);
    expect(requests(api, 'POST', `/courses/${ids.emailCourse}/enrol`)).toHaveLength(1);
  });

  it('explains a 409 (not enrolled after all) and offers to enrol', async () => {
    const api = fakeCoursesApi({ enrolment: { completedItemIds: [] } });
    renderCoursesApp(lessonPath(ids.lesson1));
    const button = await screen.findByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' });
    api.enrolment = undefined; // the enrolment went away on the server meanwhile

    fireEvent.click(button);

    expect(await screen.findByText('ບໍ່ສາມາດບັນທຶກໄດ້, ເພາະທ່ານຍັງບໍ່ໄດ້ລົງທະບຽນຮຽນຫຼັກສູດນີ້. ກະລຸນາລົງທະບຽນ ແລ້ວໝາຍບົດຮຽນນີ້ອີກຄັ້ງ.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'ລົງທະບຽນຮຽນຫຼັກສູດນີ້' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'ອີເມວແມ່ນຫຍັງ' })).toBeTruthy(); // still on the lesson
  });

  it('shows a friendly page for a lesson that does not exist', async () => {
    fakeCoursesApi();
    renderCoursesApp(lessonPath('0b6f2c1e-0000-4000-8000-0000000000ff'), { locale: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Lesson not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the course' }).getAttribute('href')).toBe(coursePath);
  });
});

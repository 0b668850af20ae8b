import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resetBrowserState, signIn } from '../../../testing/test-utils';
import { fakeCoursesApi, ids, requests } from '../testing/fake-courses-api';
import { renderCoursesApp } from '../testing/render-app';

const coursePath = `/courses/${ids.emailCourse}`;
const courseGets = (api: ReturnType<typeof fakeCoursesApi>) => requests(api, 'GET', `/courses/${ids.emailCourse}`);

describe('the course page', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('shows an enrolled learner the outline in order, what is done, progress and due date', async () => {
    fakeCoursesApi({ enrolment: { progressPercent: 25, completedItemIds: [ids.lesson1], dueAt: '2026-03-15T10:00:00Z', overdue: true } });
    renderCoursesApp(coursePath);

    expect(await screen.findByRole('heading', { level: 1, name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('ລະດັບເບື້ອງຕົ້ນ')).toBeTruthy();
    expect(screen.getByText('ປະມານ 1 ຊົ່ວໂມງ 30 ນາທີ')).toBeTruthy();
    expect(screen.getByText('ກຳລັງຮຽນ')).toBeTruthy();

    const bar = screen.getByRole('progressbar', { name: 'ຄວາມຄືບໜ້າ' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('ສຳເລັດ 25%');
    expect(screen.getByText('ວັນກຳນົດສົ່ງ: 15 ມີນາ 2026')).toBeTruthy();
    expect(screen.getByText('ກາຍກຳນົດ')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'ລົງທະບຽນຮຽນຫຼັກສູດນີ້' })).toBeNull();

    // Modules and items by position, whatever order the server sent them in.
    const modules = screen.getAllByRole('heading', { level: 3 });
    expect(modules.map((h) => h.textContent)).toEqual(['ພາກທີ 1ພື້ນຖານອີເມວ', 'ພາກທີ 2ຄວາມປອດໄພຂອງອີເມວ']);
    const outline = screen.getByRole('region', { name: 'ເນື້ອໃນຫຼັກສູດ' });
    const items = within(outline).getAllByRole('link');
    expect(items.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['ບົດຮຽນອີເມວແມ່ນຫຍັງສຳເລັດແລ້ວ', `${coursePath}/lessons/${ids.lesson1}`],
      ['ບົດຮຽນການຂຽນອີເມວທີ່ດີ', `${coursePath}/lessons/${ids.lesson2}`],
      ['ແບບທົດສອບແບບທົດສອບກວດຄວາມເຂົ້າໃຈ', `${coursePath}/quizzes/${ids.quiz1}`],
      ['ບົດຮຽນຟິດຊິງ ແລະ ອີເມວປອມ', `${coursePath}/lessons/${ids.lesson3}`],
    ]);
    expect(screen.getByText('ສຳເລັດ 1 ຈາກ 3')).toBeTruthy();
    expect(screen.getByText('ສຳເລັດ 0 ຈາກ 1')).toBeTruthy();
  });

  it('"Continue" opens the first item not done yet', async () => {
    fakeCoursesApi({ enrolment: { progressPercent: 50, completedItemIds: [ids.lesson1, ids.lesson3] } });
    renderCoursesApp(coursePath);

    const start = await screen.findByTestId('course-start');
    expect(start.textContent).toContain('ຮຽນຕໍ່');
    expect(start.textContent).toContain('ການຂຽນອີເມວທີ່ດີ');
    expect(start.getAttribute('href')).toBe(`${coursePath}/lessons/${ids.lesson2}`);

    fireEvent.click(start);

    expect(await screen.findByRole('heading', { level: 1, name: 'ການຂຽນອີເມວທີ່ດີ' })).toBeTruthy();
    expect(screen.getByText('ຫົວເລື່ອງຄວນສັ້ນ ແລະ ຈະແຈ້ງ.')).toBeTruthy();
  });

  it('"Continue" goes to a quiz when that is next', async () => {
    fakeCoursesApi({ enrolment: { progressPercent: 50, completedItemIds: [ids.lesson1, ids.lesson2] } });
    renderCoursesApp(coursePath, { locale: 'en' });

    const start = await screen.findByTestId('course-start');
    expect(start.textContent).toContain('Continue');
    expect(start.textContent).toContain('Quiz');
    expect(start.getAttribute('href')).toBe(`${coursePath}/quizzes/${ids.quiz1}`);
  });

  it('enrols a learner who is not enrolled, then offers "Start"', async () => {
    const api = fakeCoursesApi();
    renderCoursesApp(coursePath);

    const enrol = await screen.findByRole('button', { name: 'ລົງທະບຽນຮຽນຫຼັກສູດນີ້' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByTestId('course-start')).toBeNull();
    // Not enrolled, the outline is still there to look through.
    expect(screen.getByRole('link', { name: 'ບົດຮຽນ ອີເມວແມ່ນຫຍັງ' })).toBeTruthy();

    fireEvent.click(enrol);

    const start = await screen.findByTestId('course-start');
    expect(start.textContent).toContain('ເລີ່ມຮຽນ');
    expect(start.getAttribute('href')).toBe(`${coursePath}/lessons/${ids.lesson1}`);
    expect(document.activeElement).toBe(start);
    expect(screen.getByText('ທ່ານລົງທະບຽນແລ້ວ. ຄວາມຄືບໜ້າຂອງທ່ານຈະຖືກບັນທຶກໄວ້.')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('ຍັງບໍ່ໄດ້ເລີ່ມ')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'ລົງທະບຽນຮຽນຫຼັກສູດນີ້' })).toBeNull();

    expect(requests(api, 'POST', `/courses/${ids.emailCourse}/enrol`)).toHaveLength(1);
    expect(courseGets(api)).toHaveLength(2); // refetched after enrolling
  });

  it('explains when the course can no longer be enrolled in', async () => {
    fakeCoursesApi({ override: (call) => (call.method === 'POST' ? { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Course not found', details: [] } } : undefined) });
    renderCoursesApp(coursePath);

    fireEvent.click(await screen.findByRole('button', { name: 'ລົງທະບຽນຮຽນຫຼັກສູດນີ້' }));

    expect((await screen.findByRole('alert')).textContent).toBe('!ຫຼັກສູດນີ້ບໍ່ເປີດໃຫ້ລົງທະບຽນແລ້ວ.');
  });

  it('congratulates once everything is done', async () => {
    fakeCoursesApi({
      enrolment: { status: 'completed', progressPercent: 100, completedAt: '2026-02-20T03:00:00Z', completedItemIds: [ids.lesson1, ids.lesson2, ids.quiz1, ids.lesson3] },
    });
    renderCoursesApp(coursePath, { locale: 'en' });

    expect(await screen.findByText('You have completed this course.')).toBeTruthy();
    expect(screen.getByText('Completed on 20 February 2026')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByRole('link', { name: 'See my certificates' }).getAttribute('href')).toBe('/certificates');
    expect(screen.getByRole('link', { name: 'Review the course' }).getAttribute('href')).toBe(`${coursePath}/lessons/${ids.lesson1}`);
    expect(screen.getByRole('heading', { level: 3, name: 'Module 1 ພື້ນຖານອີເມວ' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Quiz ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ Completed' })).toBeTruthy();
  });

  it('shows a friendly page for a course that does not exist', async () => {
    fakeCoursesApi();
    renderCoursesApp('/courses/0b6f2c1e-0000-4000-8000-0000000000ff');

    expect(await screen.findByRole('heading', { level: 1, name: 'ບໍ່ພົບຫຼັກສູດນີ້' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ເບິ່ງລາຍການຫຼັກສູດ' }).getAttribute('href')).toBe('/courses');
  });

  it('treats a malformed course id (the server answers 400) as not found', async () => {
    fakeCoursesApi({ override: (call) => (call.url === '/api/v1/courses/abc' ? { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Validation failed (uuid is expected)', details: [] } } : undefined) });
    renderCoursesApp('/courses/abc', { locale: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Course not found' })).toBeTruthy();
  });

  it('offers to try again when the network fails', async () => {
    let down = true;
    fakeCoursesApi({ override: () => (down ? { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'down', details: [] } } : undefined) });
    renderCoursesApp(coursePath);

    expect(await screen.findByRole('alert')).toBeTruthy();
    down = false;
    fireEvent.click(screen.getByRole('button', { name: 'ລອງໃໝ່' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeTruthy());
  });
});

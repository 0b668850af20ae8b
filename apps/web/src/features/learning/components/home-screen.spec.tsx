import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CourseSummary, EnrolmentView } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { demoUser, mockFetch, renderApp, resetBrowserState, signIn, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';

/** 12:00 in Vientiane on 12 March 2026. */
const NOW = new Date('2026-03-12T05:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

function course(id: string, title: string): CourseSummary {
  return { id, slug: id, title, summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner', estimatedMinutes: 60, status: 'published' };
}

function enrolment(id: string, title: string, patch: Partial<EnrolmentView> = {}): EnrolmentView {
  return {
    id: `e-${id}`,
    course: course(`c-${id}`, title),
    status: 'not_started',
    progressPercent: 0,
    dueAt: null,
    completedAt: null,
    certificateId: null,
    overdue: false,
    mandatory: false,
    enrolledAt: at(-30),
    cycle: 1,
    expiresAt: null,
    history: [],
    ...patch,
  };
}

// In the server's order: overdue first, then open ones by due date (none last), then completed.
const overdue = enrolment('security', 'ຄວາມປອດໄພທາງໄຊເບີ', { status: 'in_progress', progressPercent: 40, dueAt: at(-2), overdue: true, mandatory: true });
const dueSoon = enrolment('email', 'ການໃຊ້ອີເມວຢ່າງມືອາຊີບ', { status: 'in_progress', progressPercent: 75, dueAt: at(3), mandatory: true });
const chosenNotStarted = enrolment('ai', 'ປັນຍາປະດິດເບື້ອງຕົ້ນ');
const assignedNoDue = enrolment('policy', 'ນະໂຍບາຍດິຈິຕອນ', { mandatory: true });
const chosenInProgress = enrolment('search', 'ການຄົ້ນຫາຂໍ້ມູນ', { status: 'in_progress', progressPercent: 10 });
const completed = enrolment('basics', 'ທັກສະດິຈິຕອນພື້ນຖານ', {
  status: 'completed',
  progressPercent: 100,
  completedAt: '2026-02-20T03:00:00Z',
  certificateId: 'cert-1',
});
const all = [overdue, dueSoon, chosenNotStarted, assignedNoDue, chosenInProgress, completed];

function api(enrolments: unknown, overrides: (call: RecordedCall) => FakeResponse | undefined = () => undefined) {
  return mockFetch((call) => {
    const answer = overrides(call);
    if (answer) return answer;
    if (call.url === '/api/v1/me/enrolments' && call.method === 'GET') return { status: 200, body: enrolments };
    return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found', details: [] } };
  });
}

const titlesIn = (section: HTMLElement) => within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('the home screen (my learning)', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
    // Only the clock: timers stay real so that Testing Library's waiting works as usual.
    jest.useFakeTimers({
      now: NOW,
      doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'performance', 'hrtime', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'],
    });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('greets the user and puts overdue, then assigned courses first in "To do", in Lao', async () => {
    const calls = api(all);
    renderApp('/');

    expect(screen.getByTestId('home-title').textContent).toBe('ການຮຽນຂອງຂ້ອຍ');
    expect(screen.getByText(`ສະບາຍດີ, ${demoUser.displayName}!`)).toBeTruthy();
    const todo = await screen.findByTestId('section-todo');
    expect(within(todo).getByRole('heading', { level: 2 }).textContent).toBe('ສິ່ງທີ່ຕ້ອງເຮັດ (4)');
    // Overdue first; then assigned (the one with no due date before the learner's own choice); the server's order otherwise.
    expect(titlesIn(todo)).toEqual([overdue.course.title, dueSoon.course.title, assignedNoDue.course.title, chosenNotStarted.course.title]);
    expect(titlesIn(screen.getByTestId('section-in-progress'))).toEqual([chosenInProgress.course.title]);

    const [first, second] = within(todo).getAllByTestId('enrolment-card');
    expect(within(first).getByText('ກາຍກຳນົດ')).toBeTruthy();
    expect(within(first).getByText('ໄດ້ຮັບມອບໝາຍ')).toBeTruthy();
    expect(within(first).getByText('ກາຍກຳນົດ 2 ມື້')).toBeTruthy();
    expect(within(first).getByText('ວັນກຳນົດສົ່ງ: 10 ມີນາ 2026').getAttribute('dateTime')).toBe(overdue.dueAt);
    expect(first.className).toContain('learning-card--overdue');
    expect(within(second).queryByText('ກາຍກຳນົດ')).toBeNull();
    expect(within(second).getByText('ຈະຮອດວັນກຳນົດສົ່ງໃນອີກ 3 ມື້')).toBeTruthy();
    expect(within(second).getByText('ວັນກຳນົດສົ່ງ: 15 ມີນາ 2026')).toBeTruthy();

    // Progress: a real progressbar with its value, and the figure in words.
    const bar = within(first).getByRole('progressbar', { name: 'ຄວາມຄືບໜ້າ 40%' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(within(second).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('75');
    expect(within(first).getByRole('link', { name: `ຮຽນຕໍ່: ${overdue.course.title}` }).getAttribute('href')).toBe('/courses/c-security');
    expect(within(todo).getByRole('link', { name: `ເລີ່ມຮຽນ: ${chosenNotStarted.course.title}` }).getAttribute('href')).toBe('/courses/c-ai');
    expect(calls.find((call) => call.url === '/api/v1/me/enrolments')?.headers.Authorization).toBe('Bearer access-1');
  });

  it('folds completed courses away, with a link to the certificate, in English', async () => {
    api(all);
    renderApp('/', { locale: 'en' });

    const section = await screen.findByTestId('section-completed');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Completed (1)');
    const details = section.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(within(section).getByText('Show completed courses (1)'));
    expect(details.open).toBe(true);
    const card = within(section).getByTestId('completed-card');
    expect(within(card).getByText('Completed on 20 February 2026')).toBeTruthy();
    expect(within(card).getByRole('link', { name: `View certificate: ${completed.course.title}` }).getAttribute('href')).toBe('/certificates#certificate-cert-1');
    expect(within(card).getByRole('link', { name: `Review: ${completed.course.title}` }).getAttribute('href')).toBe('/courses/c-basics');

    const todo = screen.getByTestId('section-todo');
    expect(within(todo).getByText('2 days overdue')).toBeTruthy();
    expect(within(todo).getByText('Due in 3 days')).toBeTruthy();
    expect(within(todo).getAllByText('Overdue')).toHaveLength(1);
    expect(within(todo).getAllByText('Assigned')).toHaveLength(3);
    expect(within(todo).getByRole('link', { name: `Continue: ${dueSoon.course.title}` })).toBeTruthy();
  });

  it('words due dates of today, tomorrow and one day in the singular', async () => {
    api([
      enrolment('a', 'Late today', { dueAt: at(-0.1), overdue: true }),
      enrolment('b', 'One day late', { dueAt: at(-1), overdue: true }),
      enrolment('c', 'Today', { dueAt: at(0.2) }),
      enrolment('d', 'Tomorrow', { dueAt: at(1) }),
    ]);
    renderApp('/', { locale: 'en' });

    expect(await screen.findByText('Overdue: it was due today')).toBeTruthy();
    expect(screen.getByText('1 day overdue')).toBeTruthy();
    expect(screen.getByText('Due today')).toBeTruthy();
    expect(screen.getByText('Due tomorrow')).toBeTruthy();
  });

  it('invites a learner with no courses to the catalogue', async () => {
    api([]);
    renderApp('/');

    const empty = await screen.findByTestId('learning-empty');
    expect(within(empty).getByText('ທ່ານຍັງບໍ່ມີຫຼັກສູດເທື່ອ. ເລືອກຫຼັກສູດທີ່ທ່ານສົນໃຈ ແລ້ວເລີ່ມຮຽນໄດ້ເລີຍ.')).toBeTruthy();
    expect(within(empty).getByRole('link', { name: 'ເບິ່ງລາຍການຫຼັກສູດ' }).getAttribute('href')).toBe('/courses');
    expect(screen.queryByTestId('section-todo')).toBeNull();
  });

  it('says when everything is done', async () => {
    api([completed]);
    renderApp('/', { locale: 'en' });

    expect(await screen.findByText('You have completed all your courses. Well done!')).toBeTruthy();
    expect(screen.queryByTestId('section-todo')).toBeNull();
    expect(screen.getByTestId('section-completed')).toBeTruthy();
  });

  it('shows loading, then an error with a retry that loads the list', async () => {
    let fail = true;
    const calls = api(all, (call) =>
      call.url === '/api/v1/me/enrolments' && fail ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom', details: [] } } : undefined,
    );
    renderApp('/', { locale: 'en' });

    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await screen.findByText('Something went wrong. Please try again.')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('section-todo')).toBeTruthy();
    expect(calls.filter((call) => call.url === '/api/v1/me/enrolments')).toHaveLength(2);
  });

  it('treats an answer that is not a list (a captive portal page) as an error, keeping the title', async () => {
    api('<html>Log in to the hotel Wi-Fi</html>');
    renderApp('/', { locale: 'en' });

    expect(await screen.findByText('Something went wrong. Please try again.')).toBeTruthy();
    expect(screen.getByTestId('home-title').textContent).toBe('My learning');
  });
});

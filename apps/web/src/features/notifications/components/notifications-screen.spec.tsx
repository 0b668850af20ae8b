import { beforeEach, describe, expect, it } from '@jest/globals';
import type { NotificationView } from '@lms/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch, renderApp, resetBrowserState, signIn, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';

function notification(id: string, patch: Partial<NotificationView>): NotificationView {
  return {
    id,
    kind: 'course_assigned',
    courseId: null,
    courseTitle: null,
    dueAt: null,
    exportId: null,
    expiresAt: null,
    createdAt: '2026-03-12T02:30:00Z',
    read: false,
    ...patch,
  };
}

const security = { courseId: 'c-security', courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ' };
const email = { courseId: 'c-email', courseTitle: 'ການໃຊ້ອີເມວ' };

/** One of each kind, newest first. */
const everyKind: NotificationView[] = [
  notification('n-assigned', { kind: 'course_assigned', ...security, dueAt: '2026-04-30T16:59:59Z', createdAt: '2026-03-12T02:30:00Z' }),
  notification('n-soon', { kind: 'due_soon', ...email, dueAt: '2026-03-19T10:00:00Z', createdAt: '2026-03-11T01:00:00Z' }),
  notification('n-overdue', { kind: 'overdue', ...email, dueAt: '2026-03-10T10:00:00Z', createdAt: '2026-03-10T23:00:00Z', read: true }),
  notification('n-done', { kind: 'course_completed', courseId: 'c-basics', courseTitle: 'ທັກສະດິຈິຕອນພື້ນຖານ', createdAt: '2026-03-01T09:15:00Z', read: true }),
  notification('n-export', { kind: 'export_ready', exportId: 'x-1', expiresAt: '2026-03-19T04:00:00Z', createdAt: '2026-02-28T08:00:00Z' }),
];

/** A fake of the three endpoints with their state: paging, the unread filter, marking read. */
function server(initial: NotificationView[], overrides: (call: RecordedCall) => FakeResponse | undefined = () => undefined) {
  const items = initial.map((n) => ({ ...n }));
  const calls = mockFetch((call) => {
    const answer = overrides(call);
    if (answer) return answer;
    const url = new URL(call.url, 'http://lane.test');
    if (url.pathname === '/api/v1/me/notifications' && call.method === 'GET') {
      const unreadOnly = url.searchParams.get('unread') === 'true';
      const page = Number(url.searchParams.get('page'));
      const pageSize = Number(url.searchParams.get('pageSize'));
      const matching = items.filter((n) => !unreadOnly || !n.read);
      return {
        status: 200,
        body: { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize, unread: items.filter((n) => !n.read).length },
      };
    }
    if (url.pathname === '/api/v1/me/notifications/read-all' && call.method === 'POST') {
      for (const n of items) n.read = true;
      return { status: 204 };
    }
    const one = /^\/api\/v1\/me\/notifications\/([^/]+)\/read$/.exec(url.pathname);
    if (one && call.method === 'POST') {
      const found = items.find((n) => n.id === one[1]);
      if (!found) return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Notification not found', details: [] } };
      found.read = true;
      return { status: 204 };
    }
    return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found', details: [] } };
  });
  return calls;
}

const listCalls = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'GET' && call.url.startsWith('/api/v1/me/notifications'));
const item = (textOrElement: string | HTMLElement) =>
  (typeof textOrElement === 'string' ? screen.getByText(textOrElement) : textOrElement).closest('li') as HTMLElement;

describe('notifications', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('words every kind in Lao with the course title and date, unread ones marked new', async () => {
    const calls = server(everyKind);
    renderApp('/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'ແຈ້ງເຕືອນ' })).toBeTruthy();
    await screen.findAllByTestId('notification');
    const texts = screen.getAllByTestId('notification').map((li) => li.querySelector('.notifications-item__text')?.textContent);
    expect(texts).toEqual([
      'ທ່ານໄດ້ຮັບມອບໝາຍໃຫ້ຮຽນຫຼັກສູດ “ຄວາມປອດໄພທາງໄຊເບີ” (ວັນກຳນົດສົ່ງ: 30 ເມສາ 2026).',
      'ຫຼັກສູດ “ການໃຊ້ອີເມວ” ໃກ້ຮອດວັນກຳນົດສົ່ງແລ້ວ: 19 ມີນາ 2026.',
      'ຫຼັກສູດ “ການໃຊ້ອີເມວ” ກາຍກຳນົດແລ້ວ (ວັນກຳນົດສົ່ງ: 10 ມີນາ 2026). ກະລຸນາຮຽນໃຫ້ສຳເລັດໂດຍໄວ.',
      'ຂໍສະແດງຄວາມຍິນດີ! ທ່ານຮຽນຫຼັກສູດ “ທັກສະດິຈິຕອນພື້ນຖານ” ສຳເລັດແລ້ວ.',
      'ລາຍງານທີ່ທ່ານຂໍໄວ້ພ້ອມໃຫ້ດາວໂຫຼດແລ້ວ, ຈົນຮອດວັນທີ 19 ມີນາ 2026.',
    ]);
    // Vientiane time: 02:30 UTC is 09:30 there.
    expect(within(item(texts[0]!)).getByText('12 ມີນາ 2026, 09:30').getAttribute('dateTime')).toBe('2026-03-12T02:30:00Z');
    expect(screen.getByTestId('unread-count').textContent).toBe('ຍັງບໍ່ໄດ້ອ່ານ: 3');
    expect(within(item(texts[0]!)).getByText('ໃໝ່')).toBeTruthy();
    expect(within(item(texts[2]!)).queryByText('ໃໝ່')).toBeNull();
    expect(item(texts[0]!).className).toContain('notifications-item--unread');
    expect(item(texts[2]!).className).toContain('notifications-item--read');
    // Course notifications open the course; the export's has no course to open.
    expect(within(item(texts[1]!)).getByRole('link').getAttribute('href')).toBe('/courses/c-email');
    expect(within(item(texts[4]!)).queryByRole('link')).toBeNull();
    expect(listCalls(calls)[0].url).toBe('/api/v1/me/notifications?unread=false&page=1&pageSize=20');
    expect(listCalls(calls)[0].headers.Authorization).toBe('Bearer access-1');
  });

  it('words every kind in English too, and copes with a missing date', async () => {
    server([...everyKind.slice(0, 4), notification('n-x', { kind: 'due_soon', ...security, dueAt: null, createdAt: '2026-02-01T00:00:00Z' })]);
    renderApp('/notifications', { locale: 'en' });

    expect(await screen.findByText('You have been assigned the course “ຄວາມປອດໄພທາງໄຊເບີ” (due 30 April 2026).')).toBeTruthy();
    expect(screen.getByText('The course “ການໃຊ້ອີເມວ” is due soon: 19 March 2026.')).toBeTruthy();
    expect(screen.getByText('The course “ການໃຊ້ອີເມວ” is overdue (it was due 10 March 2026). Please complete it soon.')).toBeTruthy();
    expect(screen.getByText('Congratulations! You have completed “ທັກສະດິຈິຕອນພື້ນຖານ”.')).toBeTruthy();
    expect(screen.getByText('The course “ຄວາມປອດໄພທາງໄຊເບີ” is due soon.')).toBeTruthy();
    expect(screen.getByText('12 March 2026, 09:30')).toBeTruthy();
    expect(screen.getByTestId('unread-count').textContent).toBe('Unread: 3');
  });

  it('marks one as read with its own button, and refreshes the list', async () => {
    const calls = server(everyKind);
    renderApp('/notifications', { locale: 'en' });

    const exportItem = item(await screen.findByText('The report you asked for is ready to download until 19 March 2026.'));
    fireEvent.click(within(exportItem).getByRole('button', { name: 'Mark as read' }));

    expect(await screen.findByText('Marked as read.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual(['/api/v1/me/notifications/n-export/read']);
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('Unread: 2'));
    const after = item('The report you asked for is ready to download until 19 March 2026.');
    expect(within(after).queryByText('New')).toBeNull();
    expect(within(after).queryByRole('button')).toBeNull();
    // Invalidated: the list was asked for again.
    await waitFor(() => expect(listCalls(calls).length).toBeGreaterThanOrEqual(2));
  });

  it('opening one marks it read and goes to its course', async () => {
    const calls = server(everyKind);
    renderApp('/notifications', { locale: 'en' });

    const link = within(item(await screen.findByText('The course “ການໃຊ້ອີເມວ” is due soon: 19 March 2026.'))).getByRole('link');
    fireEvent.click(link);

    await waitFor(() => expect(calls.some((call) => call.method === 'POST' && call.url === '/api/v1/me/notifications/n-soon/read')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Notifications' })).toBeNull());
  });

  it('opening one already read does not mark it again', async () => {
    const calls = server(everyKind);
    renderApp('/notifications', { locale: 'en' });

    fireEvent.click(within(item(await screen.findByText('Congratulations! You have completed “ທັກສະດິຈິຕອນພື້ນຖານ”.'))).getByRole('link'));

    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Notifications' })).toBeNull());
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('marks all as read, in Lao', async () => {
    const calls = server(everyKind);
    renderApp('/notifications');
    expect(await screen.findByTestId('unread-count')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'ໝາຍວ່າອ່ານແລ້ວທັງໝົດ' }));

    expect(await screen.findByText('ໝາຍທຸກແຈ້ງເຕືອນວ່າອ່ານແລ້ວ.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual(['/api/v1/me/notifications/read-all']);
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('ຍັງບໍ່ໄດ້ອ່ານ: 0'));
    expect(screen.queryByText('ໃໝ່')).toBeNull();
    expect((screen.getByRole('button', { name: 'ໝາຍວ່າອ່ານແລ້ວທັງໝົດ' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('"show only unread" asks the server for unread ones only', async () => {
    const calls = server(everyKind);
    renderApp('/notifications', { locale: 'en' });
    await screen.findAllByTestId('notification');
    expect(screen.getAllByTestId('notification')).toHaveLength(5);

    fireEvent.click(screen.getByLabelText('Show only unread'));

    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(3));
    expect(listCalls(calls).map((call) => call.url)).toEqual([
      '/api/v1/me/notifications?unread=false&page=1&pageSize=20',
      '/api/v1/me/notifications?unread=true&page=1&pageSize=20',
    ]);
    expect(screen.queryByText('The course “ການໃຊ້ອີເມວ” is overdue (it was due 10 March 2026). Please complete it soon.')).toBeNull();
  });

  it('says so when there is nothing unread', async () => {
    server(everyKind.map((n) => ({ ...n, read: true })));
    renderApp('/notifications', { locale: 'en' });
    await screen.findAllByTestId('notification');

    fireEvent.click(screen.getByLabelText('Show only unread'));

    expect(await screen.findByText('You have no unread notifications.')).toBeTruthy();
  });

  it('loads more, page by page, until there are no more', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      notification(`n-${i + 1}`, { kind: 'course_assigned', courseId: `c-${i + 1}`, courseTitle: `Course ${i + 1}`, read: i > 2 }),
    );
    const calls = server(many);
    renderApp('/notifications', { locale: 'en' });

    await screen.findAllByTestId('notification');
    expect(screen.getAllByTestId('notification')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(25));
    expect(screen.getByText('You have been assigned the course “Course 25”.')).toBeTruthy();
    expect(listCalls(calls).map((call) => call.url)).toEqual([
      '/api/v1/me/notifications?unread=false&page=1&pageSize=20',
      '/api/v1/me/notifications?unread=false&page=2&pageSize=20',
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows the empty state, and an error with a retry', async () => {
    let fail = true;
    server([], (call) => (fail && call.method === 'GET' ? { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'down', details: [] } } : undefined));
    renderApp('/notifications', { locale: 'en' });

    expect(await screen.findByText('Something went wrong. Please try again.')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('You have no notifications yet.')).toBeTruthy();
  });
});

import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { EnrolmentView, OrgUnitNode, UserView } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn, type RecordedCall } from '../../../testing/test-utils';
import { UsersScreen } from './users-screen';

const tree: OrgUnitNode[] = [{ id: 'mof', code: 'MOF', kind: 'ministry', name: { lo: 'ກະຊວງການເງິນ', en: 'Ministry of Finance' }, children: [{ id: 'bud', code: 'MOF-BUD', kind: 'department', name: { lo: 'ກົມງົບປະມານ', en: 'Budget Department' }, children: [] }] } as unknown as OrgUnitNode];
const person = (id: string, displayName: string, extra: Partial<UserView> = {}): UserView => ({
  id, email: `${id}@mof.gov.la`, employeeId: null, displayName, position: 'Clerk', locale: 'lo', emailOptOut: false, orgUnitId: 'bud', roles: ['learner'], status: 'active', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...extra,
});
const enrolment = (courseId: string, title: string, extra: Partial<EnrolmentView> = {}): EnrolmentView => ({
  id: `e-${courseId}`, course: { id: courseId, slug: courseId, title, summary: '', category: 'email', locale: 'lo', level: 'beginner', estimatedMinutes: 30, status: 'published' }, status: 'in_progress', progressPercent: 40, dueAt: '2026-11-01T16:59:59Z', completedAt: null, certificateId: null, overdue: true, mandatory: true, enrolledAt: '2026-10-01T00:00:00Z', cycle: 1, expiresAt: null, history: [], ...extra,
});

function renderScreen() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={['/staff/users']}>
        <UsersScreen />
      </MemoryRouter>
    </AppProvider>,
  );
}

describe('people (HR)', () => {
  let calls: RecordedCall[];
  let people: UserView[];
  let remindStatus: number;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['hr_manager'] });
    people = [person('noy', 'ນ້ອຍ'), person('somchai', 'ສົມໃຈ', { status: 'disabled' })];
    remindStatus = 204;
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (url.pathname === '/api/v1/org-units') return { status: 200, body: tree };
      if (call.method === 'GET' && url.pathname === '/api/v1/users') {
        const q = url.searchParams.get('q');
        const items = people.filter((p) => !q || p.displayName.includes(q));
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 25 } };
      }
      if (call.method === 'PATCH' && url.pathname === '/api/v1/users/noy') return { status: 200, body: { ...people[0], ...(call.body as object) } };
      if (call.method === 'POST' && url.pathname === '/api/v1/users') {
        const body = call.body as UserView;
        if (body.email === 'taken@mof.gov.la') return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'email taken', details: [{ code: 'identity.email-taken' }] } };
        return { status: 201, body: person('new', body.displayName) };
      }
      if (call.method === 'POST' && url.pathname === '/api/v1/users/import') {
        return { status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message: 'bad rows', details: [], errors: [{ line: 3, field: 'email', message: 'is not an email address' }, { line: 5, field: 'locale', message: 'must be lo or en' }] } };
      }
      if (url.pathname === '/api/v1/certificates/cert-9/pdf') return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'not ready', details: [] } };
      if (url.pathname === '/api/v1/users/noy/enrolments') return { status: 200, body: [enrolment('c1', 'ອີເມວໃນວຽກງານລັດ'), enrolment('c2', 'AI', { completedAt: '2026-10-20T03:00:00Z', status: 'completed', overdue: false, progressPercent: 100, certificateId: 'cert-9' })] };
      if (call.method === 'POST' && url.pathname === '/api/v1/users/noy/reminders') {
        return remindStatus === 204 ? { status: 204 } : { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'today', details: [{ code: 'enrolments.reminded-today' }] } };
      }
      return { status: 404, body: {} };
    });
  });

  it('lists the people, searches the server, and opens one to edit only what changed', async () => {
    renderScreen();
    expect(await screen.findByText('ນ້ອຍ')).toBeTruthy();
    expect(screen.getByText('2 ຄົນ')).toBeTruthy();
    expect(screen.getAllByText('ກົມງົບປະມານ').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('ຊອກຫາຕາມຊື່, ອີເມວ ຫຼື ລະຫັດພະນັກງານ'), { target: { value: 'ສົມ' } });
    await screen.findByText('1 ຄົນ');
    expect(calls.some((c) => new URL(c.url, 'http://x').searchParams.get('q') === 'ສົມ')).toBe(true);
    fireEvent.change(screen.getByLabelText('ຊອກຫາຕາມຊື່, ອີເມວ ຫຼື ລະຫັດພະນັກງານ'), { target: { value: '' } });

    fireEvent.click(await screen.findByRole('button', { name: 'ເປີດ ຂໍ້ມູນຂອງ ນ້ອຍ' }));
    const form = screen.getByTestId('user-form');
    // HR may give learner and HR manager; instructor and admin are not offered.
    expect(within(form).getByLabelText('ຜູ້ຈັດການບຸກຄະລາກອນ')).toBeTruthy();
    expect(within(form).queryByLabelText('ຜູ້ບໍລິຫານລະບົບ')).toBeNull();
    fireEvent.change(within(form).getByLabelText('ຕຳແໜ່ງ'), { target: { value: '  Budget officer ' } });
    fireEvent.change(within(form).getByLabelText('ສະຖານະບັນຊີ'), { target: { value: 'disabled' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກ' }));
    expect(await screen.findByText('ບັນທຶກຂໍ້ມູນ ນ້ອຍ ແລ້ວ.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ position: 'Budget officer', status: 'disabled' });
  });

  it('checks a new person before sending, and puts a taken email on its field', async () => {
    renderScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'ເພີ່ມພະນັກງານ' }));
    const form = screen.getByTestId('user-form');
    fireEvent.change(within(form).getByLabelText('ອີເມວ'), { target: { value: 'not-an-email' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ເພີ່ມ' }));
    expect(within(form).getByText('ອີເມວບໍ່ຖືກຕ້ອງ.')).toBeTruthy();
    expect(within(form).getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(within(form).getByLabelText('ອີເມວ'), { target: { value: 'taken@mof.gov.la' } });
    fireEvent.change(within(form).getByLabelText('ຊື່ ແລະ ນາມສະກຸນ'), { target: { value: 'ບຸນມີ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ເພີ່ມ' }));
    expect(await within(form).findByText('ອີເມວນີ້ມີຄົນໃຊ້ແລ້ວ.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'taken@mof.gov.la', displayName: 'ບຸນມີ', employeeId: null, orgUnitId: 'mof', position: null, locale: 'lo', roles: ['learner'] });
  });

  it('shows a person’s courses, reminds them of an unfinished one, and explains a second reminder the same day', async () => {
    renderScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'ເປີດ ຂໍ້ມູນຂອງ ນ້ອຍ' }));
    const courses = await screen.findByTestId('user-enrolments');
    expect(within(courses).getByText(/ກາຍກຳນົດແຕ່/)).toBeTruthy();
    // A completed course offers its certificate, not a reminder.
    expect(within(courses).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['ແຈ້ງເຕືອນ ກ່ຽວກັບ ອີເມວໃນວຽກງານລັດ', 'ໃບຢັ້ງຢືນ (PDF) ຂອງ AI', 'ຂໍ້ມູນຢັ້ງຢືນດິຈິຕອນ (JSON) ຂອງ AI']);
    fireEvent.click(within(courses).getByRole('button', { name: 'ໃບຢັ້ງຢືນ (PDF) ຂອງ AI' }));
    expect(await screen.findByText('ກຳລັງກະກຽມໄຟລ໌ PDF. ລອງໃໝ່ໃນອີກຈັກໜ້ອຍ.')).toBeTruthy();
    fireEvent.click(within(courses).getByRole('button', { name: 'ແຈ້ງເຕືອນ ກ່ຽວກັບ ອີເມວໃນວຽກງານລັດ' }));
    expect(await screen.findByText('ສົ່ງການແຈ້ງເຕືອນເຖິງ ນ້ອຍ ກ່ຽວກັບ ອີເມວໃນວຽກງານລັດ ແລ້ວ.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ courseId: 'c1' });
  });

  it('says why a reminder was refused', async () => {
    remindStatus = 409;
    renderScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'ເປີດ ຂໍ້ມູນຂອງ ນ້ອຍ' }));
    fireEvent.click(await screen.findByRole('button', { name: 'ແຈ້ງເຕືອນ ກ່ຽວກັບ ອີເມວໃນວຽກງານລັດ' }));
    expect(await screen.findByText('ມື້ນີ້ໄດ້ແຈ້ງເຕືອນຫຼັກສູດນີ້ແລ້ວ: ລອງໃໝ່ມື້ອື່ນ.')).toBeTruthy();
  });

  it('imports a CSV file all or nothing, listing each problem by line and column', async () => {
    renderScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'ນຳເຂົ້າຈາກ CSV' }));
    const form = screen.getByTestId('users-import');
    fireEvent.click(within(form).getByRole('button', { name: 'ນຳເຂົ້າ' }));
    expect(within(form).getByText('ກະລຸນາເລືອກໄຟລ໌ກ່ອນ.')).toBeTruthy();
    const file = new File(['email,displayName,employeeId,orgUnitCode,position,locale\n'], 'people.csv', { type: 'text/csv' });
    fireEvent.change(within(form).getByLabelText('ເລືອກໄຟລ໌ CSV'), { target: { files: [file] } });
    fireEvent.click(within(form).getByRole('button', { name: 'ນຳເຂົ້າ' }));
    const problems = await within(form).findByTestId('import-errors');
    expect(within(problems).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['3emailis not an email address', '5localemust be lo or en']);
    expect(within(form).getByText('ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ: ພົບ 2 ບັນຫາ. ແກ້ໄຂໄຟລ໌ແລ້ວລອງໃໝ່.')).toBeTruthy();
  });
});

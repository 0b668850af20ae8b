import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CourseSummary, OrgUnitNode, OverdueRow, SkillsCoverage, SummaryRow } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter, useLocation, useNavigate } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';
import { DashboardScreen } from './dashboard-screen';

const node = (id: string, lo: string, en: string, parentId: string | null, children: OrgUnitNode[] = []): OrgUnitNode => ({ id, code: id.toUpperCase(), name: { lo, en }, kind: 'department', parentId, children });
const tree = [node('mof', 'ກະຊວງການເງິນ', 'Ministry of Finance', null, [node('bud', 'ກົມງົບປະມານ', 'Budget Department', 'mof', [node('bud1', 'ພະແນກແຜນງົບປະມານ', 'Budget Planning Division', 'bud')]), node('tax', 'ກົມສ່ວຍສາອາກອນ', 'Tax Department', 'mof')])];

const row = (orgUnitId: string, name: string, enrolled: number, completed: number, overdue: number): SummaryRow => ({ orgUnitId, name, learners: enrolled + 2, enrolled, inProgress: 1, completed, overdue, completionRate: enrolled ? completed / enrolled : 0 });
const SUMMARIES: Record<string, { unit: SummaryRow; children: SummaryRow[] }> = {
  mof: { unit: row('mof', 'ກະຊວງການເງິນ', 40, 10, 7), children: [row('bud', 'ກົມງົບປະມານ', 30, 9, 5), row('tax', 'ກົມສ່ວຍສາອາກອນ', 10, 1, 2)] },
  bud: { unit: row('bud', 'ກົມງົບປະມານ', 30, 9, 5), children: [row('bud1', 'ພະແນກແຜນງົບປະມານ', 12, 6, 1)] },
  bud1: { unit: row('bud1', 'ພະແນກແຜນງົບປະມານ', 12, 6, 1), children: [] },
  tax: { unit: row('tax', 'ກົມສ່ວຍສາອາກອນ', 10, 1, 2), children: [] },
};

const skills = (orgUnitId: string): SkillsCoverage => ({
  unit: {
    orgUnitId,
    name: '',
    learners: 20,
    areas: [
      { area: 'safety', holders: 16, share: 0.8, target: 0.7, progress: 1 },
      { area: 'problem-solving', holders: 5, share: 0.25, target: 0.7, progress: 0.25 / 0.7 },
    ],
  },
  children: [],
});

const DAY = 86_400_000;
const overdueRow = (n: number, unit: string): OverdueRow => ({
  enrolmentId: `e${n}`,
  userId: `u${n}`,
  displayName: `ພະນັກງານ ${n}`,
  email: `p${n}@mof.gov.la`,
  orgUnitId: unit,
  orgUnitName: 'x',
  courseId: 'c1',
  courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ',
  courseLocale: 'lo',
  // Due at noon in Vientiane, n + 1 days ago.
  dueAt: new Date(Math.floor((Date.now() + 7 * 3600_000) / DAY) * DAY - (n + 1) * DAY + 5 * 3600_000).toISOString(),
  progressPercent: 10,
});

const courses: CourseSummary[] = [{ id: 'c1', slug: 'c1', title: 'ຄວາມປອດໄພທາງໄຊເບີ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner', estimatedMinutes: 30, status: 'published' }];

function Probe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="search">{location.search}</output>
      <button type="button" onClick={() => navigate(-1)}>
        browser back
      </button>
    </>
  );
}

function renderScreen(path = '/staff/dashboard') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <DashboardScreen />
        <Probe />
      </MemoryRouter>
    </AppProvider>,
  );
}

const requests = (calls: RecordedCall[], path: string) => calls.filter((c) => new URL(c.url, 'http://x').pathname === `/api/v1${path}`).map((c) => new URL(c.url, 'http://x').searchParams);
const headline = () => screen.getByTestId('headline');

describe('the HR dashboard', () => {
  let calls: RecordedCall[];
  let remind: (call: RecordedCall) => FakeResponse;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['hr_manager'], orgUnitId: 'mof' });
    remind = () => ({ status: 204 });
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      const unit = url.searchParams.get('orgUnitId') ?? 'mof';
      switch (`${call.method} ${url.pathname}`) {
        case 'GET /api/v1/org-units':
          return { status: 200, body: tree };
        case 'GET /api/v1/courses':
          return { status: 200, body: { items: courses, total: 1, page: 1, pageSize: 100 } };
        case 'GET /api/v1/reports/summary':
          return SUMMARIES[unit] ? { status: 200, body: SUMMARIES[unit] } : { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Organisation unit not found', details: [{ code: 'reports.unit-not-found' }] } };
        case 'GET /api/v1/reports/skills':
          return { status: 200, body: skills(unit) };
        case 'GET /api/v1/reports/overdue': {
          const page = Number(url.searchParams.get('page'));
          const total = unit === 'mof' ? 23 : unit === 'bud' ? 1 : 0;
          const items = Array.from({ length: Math.max(0, Math.min(20, total - (page - 1) * 20)) }, (_, i) => overdueRow((page - 1) * 20 + i, unit === 'mof' ? 'tax' : 'bud1'));
          return { status: 200, body: { items, total, page, pageSize: 20 } };
        }
        default:
          if (call.method === 'POST' && /^\/api\/v1\/users\/[^/]+\/reminders$/.test(url.pathname)) return remind(call);
          return { status: 404, body: {} };
      }
    });
  });

  it('shows the HR manager’s own unit, drills into a child unit’s bar, and steps back up by the breadcrumb and the back button', async () => {
    renderScreen();
    expect(await screen.findByRole('heading', { level: 2, name: 'ກະຊວງການເງິນ' })).toBeTruthy();
    expect(within(headline()).getByText('25%')).toBeTruthy();
    expect(within(headline()).getByText('40')).toBeTruthy();
    const bars = screen.getByTestId('unit-bars');
    expect(within(bars).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'ກົມງົບປະມານສຳເລັດ 30%ສຳເລັດ 9 ຈາກ 30 ການລົງທະບຽນ · ກາຍກຳນົດ 5',
      'ກົມສ່ວຍສາອາກອນສຳເລັດ 10%ສຳເລັດ 1 ຈາກ 10 ການລົງທະບຽນ · ກາຍກຳນົດ 2',
    ]);
    // The own unit is the server's default: nothing named in the first requests.
    expect(requests(calls, '/reports/summary')[0].get('orgUnitId')).toBeNull();

    fireEvent.click(within(bars).getByRole('link', { name: /ກົມງົບປະມານ/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'ກົມງົບປະມານ' })).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toBe('?unit=bud');
    await waitFor(() => expect(within(headline()).getByText('30%')).toBeTruthy());
    expect(requests(calls, '/reports/summary').at(-1)!.get('orgUnitId')).toBe('bud');
    expect(requests(calls, '/reports/skills').at(-1)!.get('orgUnitId')).toBe('bud');
    expect(requests(calls, '/reports/overdue').at(-1)!.get('orgUnitId')).toBe('bud');

    fireEvent.click(within(screen.getByTestId('unit-bars')).getByRole('link', { name: /ພະແນກແຜນງົບປະມານ/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'ພະແນກແຜນງົບປະມານ' })).toBeTruthy();
    expect(await screen.findByText('ພະແນກແຜນງົບປະມານ ບໍ່ມີໜ່ວຍງານຂັ້ນລຸ່ມ.')).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'ບ່ອນທີ່ທ່ານຢູ່ໃນໂຄງສ້າງໜ່ວຍງານ' });
    expect(within(crumbs).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ກະຊວງການເງິນ', 'ກົມງົບປະມານ', 'ພະແນກແຜນງົບປະມານ']);
    expect(within(crumbs).getByText('ພະແນກແຜນງົບປະມານ').getAttribute('aria-current')).toBe('location');

    fireEvent.click(screen.getByRole('button', { name: 'browser back' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'ກົມງົບປະມານ' })).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toBe('?unit=bud');

    fireEvent.click(within(screen.getByRole('navigation', { name: 'ບ່ອນທີ່ທ່ານຢູ່ໃນໂຄງສ້າງໜ່ວຍງານ' })).getByRole('link', { name: 'ກະຊວງການເງິນ' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'ກະຊວງການເງິນ' })).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toBe('?unit=mof');
  });

  it('lists who is overdue, pages through them, and reminds one, saying what came of it', async () => {
    renderScreen();
    const table = await screen.findByTestId('overdue');
    expect(screen.getByText('ການລົງທະບຽນທີ່ກາຍກຳນົດໃນ ກະຊວງການເງິນ: 23, ອັນທີ່ກາຍກຳນົດດົນທີ່ສຸດກ່ອນ.')).toBeTruthy();
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['ກົມສ່ວຍສາອາກອນ', 'ຄວາມປອດໄພທາງໄຊເບີ', expect.stringMatching(/^\d+ \S+ \d{4}$/), '1', 'ແຈ້ງເຕືອນ']);
    expect(within(first).getByRole('rowheader').textContent).toBe('ພະນັກງານ 0p0@mof.gov.la');
    expect(within(table).getAllByRole('row')).toHaveLength(21);

    // A failure the screen did not foresee: said in the row, and the button stays.
    remind = () => ({ status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'x', details: [] } });
    fireEvent.click(within(first).getByRole('button', { name: 'ແຈ້ງເຕືອນ ພະນັກງານ 0 ກ່ຽວກັບ ຄວາມປອດໄພທາງໄຊເບີ' }));
    expect(within(await within(first).findByRole('alert')).getByText('ມີບາງຢ່າງຜິດພາດ. ກະລຸນາລອງໃໝ່.')).toBeTruthy();
    expect(within(first).getByRole('button', { name: /^ແຈ້ງເຕືອນ/ })).toBeTruthy();
    remind = () => ({ status: 204 });

    fireEvent.click(screen.getByRole('button', { name: 'ໜ້າຕໍ່ໄປ' }));
    expect(await within(screen.getByTestId('overdue')).findByRole('rowheader', { name: /ພະນັກງານ 20/ })).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toBe('?page=2');
    expect(requests(calls, '/reports/overdue').at(-1)!.toString()).toBe('page=2&pageSize=20');

    fireEvent.click(screen.getByRole('button', { name: 'ແຈ້ງເຕືອນ ພະນັກງານ 20 ກ່ຽວກັບ ຄວາມປອດໄພທາງໄຊເບີ' }));
    expect(await screen.findByText('ສົ່ງການແຈ້ງເຕືອນເຖິງ ພະນັກງານ 20 ກ່ຽວກັບ “ຄວາມປອດໄພທາງໄຊເບີ” ແລ້ວ.')).toBeTruthy();
    const post = calls.filter((c) => c.method === 'POST').at(-1)!;
    expect({ url: post.url, body: post.body }).toEqual({ url: '/api/v1/users/u20/reminders', body: { courseId: 'c1' } });
    expect(within(screen.getByRole('rowheader', { name: /ພະນັກງານ 20/ }).closest('tr')!).getByText('ແຈ້ງເຕືອນແລ້ວ')).toBeTruthy();

    remind = () => ({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'reminded today', details: [{ code: 'enrolments.reminded-today' }] } });
    fireEvent.click(screen.getByRole('button', { name: 'ແຈ້ງເຕືອນ ພະນັກງານ 21 ກ່ຽວກັບ ຄວາມປອດໄພທາງໄຊເບີ' }));
    expect(await screen.findByText('ມື້ນີ້ໄດ້ແຈ້ງເຕືອນ ພະນັກງານ 21 ກ່ຽວກັບ “ຄວາມປອດໄພທາງໄຊເບີ” ແລ້ວ. ແຈ້ງເຕືອນອີກໄດ້ມື້ອື່ນ.')).toBeTruthy();
    expect(within(screen.getByRole('rowheader', { name: /ພະນັກງານ 21/ }).closest('tr')!).getByText('ມື້ນີ້ແຈ້ງເຕືອນແລ້ວ')).toBeTruthy();

    remind = () => ({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'completed', details: [{ code: 'enrolments.already-completed' }] } });
    const before = requests(calls, '/reports/overdue').length;
    fireEvent.click(screen.getByRole('button', { name: 'ແຈ້ງເຕືອນ ພະນັກງານ 22 ກ່ຽວກັບ ຄວາມປອດໄພທາງໄຊເບີ' }));
    expect(await screen.findByText('ພະນັກງານ 22 ຮຽນ “ຄວາມປອດໄພທາງໄຊເບີ” ສຳເລັດແລ້ວໃນລະຫວ່າງນີ້. ຕົວເລກໄດ້ຖືກອັບເດດແລ້ວ.')).toBeTruthy();
    // The figures are out of date: read again.
    await waitFor(() => expect(requests(calls, '/reports/overdue').length).toBeGreaterThan(before));

  });

  it('passes the filters to the summary and the overdue list, keeps them in the URL, and asks nothing for a reversed range', async () => {
    renderScreen('/staff/dashboard?unit=bud');
    await screen.findByRole('heading', { level: 2, name: 'ກົມງົບປະມານ' });
    const filters = screen.getByTestId('dashboard-filters');
    await waitFor(() => expect([...within(filters).getByLabelText<HTMLSelectElement>('ຫຼັກສູດ').options].map((o) => o.text)).toEqual(['ທຸກຫຼັກສູດ', 'ຄວາມປອດໄພທາງໄຊເບີ']));
    fireEvent.change(within(filters).getByLabelText('ຫຼັກສູດ'), { target: { value: 'c1' } });
    fireEvent.change(within(filters).getByLabelText('ໝວດ'), { target: { value: 'cybersecurity' } });
    fireEvent.change(within(filters).getByLabelText('ລົງທະບຽນແຕ່ວັນທີ'), { target: { value: '2026-01-01' } });
    await waitFor(() => expect(requests(calls, '/reports/summary').at(-1)!.toString()).toBe('orgUnitId=bud&courseId=c1&category=cybersecurity&from=2026-01-01'));
    await waitFor(() => expect(requests(calls, '/reports/overdue').at(-1)!.toString()).toBe('orgUnitId=bud&courseId=c1&category=cybersecurity&from=2026-01-01&page=1&pageSize=20'));
    expect(screen.getByTestId('search').textContent).toBe('?unit=bud&course=c1&category=cybersecurity&from=2026-01-01');
    // The skills coverage counts every course: it follows the unit only.
    expect(requests(calls, '/reports/skills').every((q) => q.toString() === 'orgUnitId=bud')).toBe(true);

    const asked = calls.length;
    fireEvent.change(within(filters).getByLabelText('ລົງທະບຽນຮອດວັນທີ'), { target: { value: '2025-12-01' } });
    expect(await screen.findByText('ວັນທີນີ້ຢູ່ກ່ອນວັນທີເລີ່ມຕົ້ນ: ກະລຸນາແກ້ໄຂວັນທີໃດໜຶ່ງ.')).toBeTruthy();
    expect(screen.queryByTestId('headline')).toBeNull();
    expect(calls.slice(asked).filter((c) => c.url.includes('/reports/summary') || c.url.includes('/reports/overdue'))).toEqual([]);

    fireEvent.click(within(filters).getByRole('button', { name: 'ລ້າງຕົວກັ່ນຕອງ' }));
    await waitFor(() => expect(screen.getByTestId('search').textContent).toBe('?unit=bud'));
    expect(await screen.findByTestId('headline')).toBeTruthy();
  });

  it('charts skills coverage against the target, in words as well as bars', async () => {
    renderScreen();
    const chart = await screen.findByTestId('skills-chart');
    expect(within(chart).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'ຄວາມປອດໄພ80% ຂອງພະນັກງານ (16 ຄົນ) · ເປົ້າໝາຍ 70% · ບັນລຸເປົ້າໝາຍແລ້ວ',
      'ການແກ້ໄຂບັນຫາ25% ຂອງພະນັກງານ (5 ຄົນ) · ເປົ້າໝາຍ 70% · ຍັງຕ່ຳກວ່າເປົ້າໝາຍ',
    ]);
    const target = chart.querySelector<HTMLElement>('.hr-bar__target')!;
    expect(target.style.left).toBe('70%');
    expect(target.closest('[aria-hidden="true"]')).toBeTruthy();
  });

  it('says so when the unit in the link is not the HR manager’s to see, with the way back to their own', async () => {
    renderScreen('/staff/dashboard?unit=00000000-0000-4000-8000-000000000000');
    expect(await screen.findByText('ໜ່ວຍງານນີ້ບໍ່ຢູ່ໃນຂອບເຂດຂອງທ່ານ ຫຼື ບໍ່ມີແລ້ວ.')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'ກັບໄປໜ່ວຍງານຂອງທ່ານ' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'ກະຊວງການເງິນ' })).toBeTruthy();
  });

  it('has no serious or critical axe-core findings, in Lao and in English', async () => {
    // jsdom draws nothing; axe asks for a canvas only to look at icon fonts.
    const canvas = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    for (const locale of ['lo', 'en'] as const) {
      const { container, unmount } = render(
        <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} initialLocale={locale}>
          <MemoryRouter initialEntries={['/staff/dashboard']}>
            <main>
              <DashboardScreen />
            </main>
          </MemoryRouter>
        </AppProvider>,
      );
      await screen.findByTestId('overdue');
      await screen.findByTestId('skills-chart');
      await act(async () => {
        const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
        expect({ locale, violations: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`) }).toEqual({ locale, violations: [] });
      });
      if (locale === 'en') expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
      unmount();
    }
    canvas.mockRestore();
  });
});

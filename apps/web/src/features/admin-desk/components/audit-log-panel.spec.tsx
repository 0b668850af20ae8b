import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { AuditEntry } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { mockFetch, type RecordedCall } from '../../../testing/test-utils';
import { renderAsAdmin } from '../testing/render-panel';
import { AuditLogPanel } from './audit-log-panel';

const entry = (n: number, action: string, actorId: string | null): AuditEntry => ({
  id: String(n),
  at: new Date(Date.UTC(2025, 4, 1, 3) - n * 3600_000).toISOString(),
  action,
  actorId,
  actorName: actorId ? `ຜູ້ໃຊ້ ${actorId}` : null,
  orgUnitId: null,
  subjectId: null,
  details: { n },
});

describe('audit log (admin)', () => {
  let calls: RecordedCall[];
  const params = () => calls.filter((c) => c.url.startsWith('/api/v1/audit-log?')).map((c) => Object.fromEntries(new URL(c.url, 'http://x').searchParams));

  beforeEach(() => {
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (url.pathname === '/api/v1/audit-log/actions') return { status: 200, body: ['org.unit.created', 'sso.login'] };
      if (url.pathname === '/api/v1/audit-log') {
        const page = Number(url.searchParams.get('page'));
        const items = url.searchParams.get('actorId') ? [entry(1, 'org.unit.created', 'a1')] : [entry(page * 2, 'org.unit.created', 'a1'), entry(page * 2 + 1, 'sso.login', null)];
        return { status: 200, body: { items, total: url.searchParams.get('actorId') ? 1 : 60, page, pageSize: 25 } };
      }
      return { status: 404, body: {} };
    });
  });

  it('lists entries newest first, in words where it knows the action, and pages', async () => {
    renderAsAdmin(<AuditLogPanel />);
    const table = await screen.findByTestId('audit-log');
    expect(screen.getByText('60 ລາຍການ, ລ່າສຸດກ່ອນ')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('ເພີ່ມໜ່ວຍງານ')).toBeTruthy();
    // An action the catalogue does not know yet shows as its code; no actor is the system.
    expect(within(rows[1]).getByText('sso.login')).toBeTruthy();
    expect(within(rows[1]).getByText('ລະບົບ')).toBeTruthy();
    expect(within(rows[0]).getByText('{"n":2}')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ໜ້າຕໍ່ໄປ' }));
    expect(await within(screen.getByTestId('audit-log')).findByText('{"n":4}')).toBeTruthy();
    expect(params().at(-1)).toEqual({ page: '2', pageSize: '25' });
  });

  it('filters by action, by days in Vientiane and by the person clicked', async () => {
    renderAsAdmin(<AuditLogPanel />);
    await screen.findByTestId('audit-log');
    fireEvent.change(screen.getByLabelText('ການກະທຳ'), { target: { value: 'org.unit.created' } });
    fireEvent.change(screen.getByLabelText('ແຕ່ວັນທີ'), { target: { value: '2025-05-01' } });
    fireEvent.change(screen.getByLabelText('ຫາວັນທີ'), { target: { value: '2025-05-02' } });
    await screen.findByTestId('audit-log');
    // Both days included: from midnight on the first to midnight after the last, Vientiane time.
    expect(params().at(-1)).toEqual({ page: '1', pageSize: '25', action: 'org.unit.created', from: '2025-04-30T17:00:00.000Z', to: '2025-05-02T17:00:00.000Z' });

    fireEvent.change(screen.getByLabelText('ຫາວັນທີ', { exact: false }), { target: { value: '2025-04-01' } });
    expect(screen.getByText('ວັນທີນີ້ຢູ່ກ່ອນວັນທີເລີ່ມຕົ້ນ.')).toBeTruthy();
    expect(params().some((p) => p.to === '2025-04-01T17:00:00.000Z')).toBe(false);

    fireEvent.click(screen.getAllByRole('button', { name: 'ສະແດງສະເພາະສິ່ງທີ່ ຜູ້ໃຊ້ a1 ໄດ້ເຮັດ' })[0]);
    expect(await screen.findByText('ສະເພາະການກະທຳຂອງ ຜູ້ໃຊ້ a1.')).toBeTruthy();
    expect(await screen.findByText('1 ລາຍການ, ລ່າສຸດກ່ອນ')).toBeTruthy();
    expect(params().at(-1)).toMatchObject({ actorId: 'a1', page: '1' });
    fireEvent.click(screen.getByRole('button', { name: 'ສະແດງທຸກຄົນ' }));
    expect(await screen.findByText('60 ລາຍການ, ລ່າສຸດກ່ອນ')).toBeTruthy();
  });
});

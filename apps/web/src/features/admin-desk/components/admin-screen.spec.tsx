import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { COMPETENCE_AREAS, QueueName } from '@lms/contracts';
import { act, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { Route, Routes } from '../../../lib/router';
import { StaffAdminRoute } from '../../../staff/routes/admin';
import { mockFetch } from '../../../testing/test-utils';
import { ADMIN_TABS } from '../lib/admin-tabs';
import { renderAsAdmin } from '../testing/render-panel';

const at = (path: string, locale?: 'lo' | 'en') =>
  renderAsAdmin(
    <Routes>
      <Route path="/staff/admin/*" element={<StaffAdminRoute />} />
    </Routes>,
    { path, locale },
  );

const tree = [{ id: 'mof', code: 'MOF', name: { lo: 'ກະຊວງການເງິນ', en: 'Ministry of Finance' }, kind: 'ministry', parentId: null, children: [] }];
const failed = { id: 'grading.a1', name: 'grading.grade-attempt', failedReason: 'boom', attemptsMade: 8, timestamp: '2025-05-01T03:00:00Z', finishedOn: null };
const audit = { id: '1', at: '2025-05-01T03:00:00Z', action: 'org.unit.created', actorId: 'a1', actorName: 'ແອັດມິນ', orgUnitId: 'mof', subjectId: 'mof', details: { code: 'MOF' } };

const xapiClient = { id: 'x1', name: 'MOF HR', key: 'lrs-abc', scopes: ['statements/write'], createdAt: '2025-05-01T03:00:00Z', revokedAt: null, lastUsedAt: null };

const LOADED: Record<(typeof ADMIN_TABS)[number], string> = { 'org-units': 'org-tree', certificates: 'people-search', skills: 'skills-targets', audit: 'audit-log', queues: 'queue-counts', xapi: 'xapi-clients' };

describe('the admin screen (/staff/admin/*)', () => {
  beforeEach(() => {
    mockFetch((call) => {
      const path = new URL(call.url, 'http://x').pathname;
      if (path === '/api/v1/org-units') return { status: 200, body: tree };
      if (path === '/api/v1/reports/skills/targets') return { status: 200, body: COMPETENCE_AREAS.map((area) => ({ area, targetShare: 0.7, updatedAt: '2025-01-01T00:00:00Z' })) };
      if (path === '/api/v1/audit-log') return { status: 200, body: { items: [audit], total: 1, page: 1, pageSize: 25 } };
      if (path === '/api/v1/audit-log/actions') return { status: 200, body: ['org.unit.created'] };
      if (path === '/api/v1/system/queues') return { status: 200, body: Object.values(QueueName).map((name) => ({ name, waiting: 0, active: 0, delayed: 0, failed: 1, completed: 0 })) };
      if (path === '/api/v1/xapi-clients') return { status: 200, body: { items: [xapiClient], total: 1, page: 1, pageSize: 20 } };
      if (path === '/api/v1/system/queues/grading/failed') return { status: 200, body: { items: [failed], total: 1, page: 1, pageSize: 20 } };
      return { status: 404, body: {} };
    });
  });

  it('shows the first area at /staff/admin, and each area at its own path, marked in the menu', async () => {
    at('/staff/admin');
    expect(screen.getByRole('heading', { level: 1, name: 'ການບໍລິຫານລະບົບ' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'ໜ່ວຍງານ' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ໜ່ວຍງານ' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByTestId('org-tree')).toBeTruthy();
    expect(document.title).toBe('ໜ່ວຍງານ · Lane');

    fireEvent.click(screen.getByRole('link', { name: 'ຄິວວຽກ' }));
    expect(await screen.findByTestId('queue-counts')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ຄິວວຽກ' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'ໜ່ວຍງານ' }).getAttribute('aria-current')).toBeNull();
  });

  it('answers an unknown area with the not-found page', () => {
    at('/staff/admin/nothing-here');
    expect(screen.getByRole('heading', { level: 1, name: 'ບໍ່ພົບໜ້ານີ້' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('has no serious or critical axe-core findings in any area, in Lao and in English', async () => {
    // jsdom draws nothing; axe asks for a canvas only to look at icon fonts.
    const canvas = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    for (const locale of ['lo', 'en'] as const) {
      for (const tab of ADMIN_TABS) {
        const { container, unmount } = at(`/staff/admin/${tab}`, locale);
        // Each area with its data drawn (the queues with one queue's failed jobs open too).
        await screen.findByTestId(LOADED[tab]);
        if (tab === 'queues') {
          fireEvent.click(screen.getByRole('button', { name: locale === 'en' ? 'Show the failed jobs of Grading' : 'ສະແດງວຽກທີ່ລົ້ມເຫຼວຂອງ ການໃຫ້ຄະແນນ' }));
          await screen.findByTestId('failed-jobs');
        }
        await act(async () => {
          const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
          expect({ locale, tab, violations: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`) }).toEqual({ locale, tab, violations: [] });
        });
        unmount();
      }
    }
    canvas.mockRestore();
  }, 30_000);
});

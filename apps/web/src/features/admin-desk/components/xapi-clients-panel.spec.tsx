import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { XapiClientView, XapiForwardingStatus } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { mockFetch, type RecordedCall } from '../../../testing/test-utils';
import { renderAsAdmin } from '../testing/render-panel';
import { XapiClientsPanel } from './xapi-clients-panel';

const client = (id: string, name: string, extra: Partial<XapiClientView> = {}): XapiClientView => ({ id, name, key: `lrs-${id}`, scopes: ['statements/write'], createdAt: '2026-11-01T03:00:00Z', revokedAt: null, lastUsedAt: null, ...extra });

describe('xAPI clients (admin)', () => {
  let calls: RecordedCall[];
  let clients: XapiClientView[];
  let forwarding: XapiForwardingStatus;

  beforeEach(() => {
    clients = [client('a1', 'Partner LRS', { lastUsedAt: '2026-11-20T03:00:00Z' })];
    forwarding = { endpoint: null, forwarded: 0, pending: 0, failures: 0, lastError: null, lastSuccessAt: null, nextAttemptAt: null };
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (call.method === 'GET' && url.pathname === '/api/v1/xapi-forwarding') return { status: 200, body: forwarding };
      if (call.method === 'GET' && url.pathname === '/api/v1/xapi-clients') return { status: 200, body: { items: clients, total: clients.length, page: 1, pageSize: 20 } };
      if (call.method === 'POST' && url.pathname === '/api/v1/xapi-clients') {
        clients = [client('n1', (call.body as { name: string }).name), ...clients];
        return { status: 201, body: { id: 'n1', key: 'lrs-n1', secret: 'the-secret-shown-once' } };
      }
      if (call.method === 'DELETE' && url.pathname === '/api/v1/xapi-clients/a1') {
        clients = clients.map((c) => (c.id === 'a1' ? { ...c, revokedAt: '2026-12-01T03:00:00Z' } : c));
        return { status: 204 };
      }
      return { status: 404, body: {} };
    });
  });

  it('issues credentials for the scopes chosen and shows the secret once', async () => {
    renderAsAdmin(<XapiClientsPanel />);
    expect(await screen.findByText('Partner LRS')).toBeTruthy();
    fireEvent.click(screen.getByTestId('new-xapi-client'));
    const form = screen.getByTestId('xapi-client-form');
    fireEvent.click(within(form).getByLabelText('ສົ່ງບັນທຶກການຮຽນຮູ້'));
    fireEvent.click(within(form).getByRole('button', { name: 'ອອກລະຫັດ' }));
    expect(within(form).getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.')).toBeTruthy();
    expect(within(form).getByText('ເລືອກຢ່າງໜ້ອຍໜຶ່ງສິດ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(within(form).getByLabelText('ຊື່ລະບົບ'), { target: { value: ' MOF HR system ' } });
    fireEvent.click(within(form).getByLabelText('ສົ່ງບັນທຶກການຮຽນຮູ້'));
    fireEvent.click(within(form).getByLabelText('ອ່ານບັນທຶກການຮຽນຮູ້'));
    fireEvent.click(within(form).getByRole('button', { name: 'ອອກລະຫັດ' }));
    const shown = await screen.findByTestId('xapi-credentials');
    expect(within(shown).getByText('the-secret-shown-once')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'MOF HR system', scopes: ['statements/write', 'statements/read'] });
    fireEvent.click(screen.getByRole('button', { name: 'ຂ້ອຍສຳເນົາແລ້ວ' }));
    expect(screen.queryByText('the-secret-shown-once')).toBeNull();
  });

  it('revokes a client after asking', async () => {
    renderAsAdmin(<XapiClientsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'ຖອນລະຫັດ ຂອງ Partner LRS' }));
    fireEvent.click(screen.getByRole('button', { name: 'ຖອນລະຫັດ' }));
    expect(await screen.findByText('ຖອນລະຫັດຂອງ “Partner LRS” ແລ້ວ.')).toBeTruthy();
    expect(await screen.findByText(/^ຖອນແລ້ວ /)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/v1/xapi-clients/a1']);
  });

  it('says forwarding to another LRS is off, or how it goes, with the last error when it fails', async () => {
    const { unmount } = renderAsAdmin(<XapiClientsPanel />);
    expect(await within(screen.getByTestId('xapi-forwarding')).findByText(/^ປິດຢູ່:/)).toBeTruthy();
    unmount();

    forwarding = { endpoint: 'https://lrs.mof.gov.la/xapi/', forwarded: 120, pending: 7, failures: 3, lastError: 'the LRS answered 503: down', lastSuccessAt: '2026-12-01T03:00:00Z', nextAttemptAt: '2026-12-03T03:00:00Z' };
    renderAsAdmin(<XapiClientsPanel />);
    const section = screen.getByTestId('xapi-forwarding');
    expect(await within(section).findByText('https://lrs.mof.gov.la/xapi/')).toBeTruthy();
    expect(within(section).getByText('ສົ່ງແລ້ວ 120, ລໍຖ້າ 7.')).toBeTruthy();
    expect(within(section).getByText(/^ສົ່ງບໍ່ສຳເລັດ 3 ຄັ້ງຕິດກັນ/)).toBeTruthy();
    expect(within(section).getByText('the LRS answered 503: down')).toBeTruthy();
  });
});

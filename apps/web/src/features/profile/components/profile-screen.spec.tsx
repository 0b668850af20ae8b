import { beforeEach, describe, expect, it } from '@jest/globals';
import type { OrgUnitNode, UserView } from '@lms/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { demoUser, mockFetch, renderApp, resetBrowserState, signIn, storedSession, type RecordedCall } from '../../../testing/test-utils';

const me: UserView = { ...demoUser, employeeId: 'MTC-0042', position: null, status: 'active', emailOptOut: false, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
const division: OrgUnitNode = {
  id: demoUser.orgUnitId,
  code: 'MTC-DIG-SVC',
  name: { lo: 'ພະແນກບໍລິການດິຈິຕອນ', en: 'Digital Services Division' },
  kind: 'division',
  parentId: 'dept',
  children: [],
};
const tree: OrgUnitNode[] = [
  { id: 'mtc', code: 'MTC', name: { lo: 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', en: 'Ministry of Technology and Communications' }, kind: 'ministry', parentId: null, children: [
    { id: 'dept', code: 'MTC-DIG', name: { lo: 'ກົມດິຈິຕອນ', en: 'Digital Department' }, kind: 'department', parentId: 'mtc', children: [division] },
  ] },
];

function api(overrides: (call: RecordedCall) => { status: number; body?: unknown } | undefined = () => undefined) {
  let current = { ...me };
  return mockFetch((call) => {
    const answer = overrides(call);
    if (answer) return answer;
    if (call.url === '/api/v1/me' && call.method === 'GET') return { status: 200, body: current };
    if (call.url === '/api/v1/me' && call.method === 'PATCH') {
      current = { ...current, ...(call.body as Partial<UserView>) };
      return { status: 200, body: current };
    }
    if (call.url === '/api/v1/org-units') return { status: 200, body: tree };
    return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found', details: [] } };
  });
}

describe('the profile screen', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('shows who the user is, with roles and org unit in Lao', async () => {
    api();
    renderApp('/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'ຂໍ້ມູນສ່ວນຕົວ' })).toBeTruthy();
    expect(await screen.findByText('ພະແນກບໍລິການດິຈິຕອນ')).toBeTruthy();
    expect(screen.getByText('ຜູ້ຮຽນ')).toBeTruthy();
    expect(screen.getByText(demoUser.email)).toBeTruthy();
    expect(await screen.findByText('MTC-0042')).toBeTruthy();
  });

  it('saves a new display name and language with PATCH /me', async () => {
    const calls = api();
    renderApp('/profile');

    const name = (await screen.findByLabelText('ຊື່ທີ່ສະແດງ')) as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'ສົມໃຈ ພ.' } });
    fireEvent.change(screen.getByLabelText('ພາສາຂອງລະບົບ'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'ບັນທຶກ' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ displayName: 'ສົມໃຈ ພ.', locale: 'en' });
    expect(screen.getByTestId('user-name').textContent).toBe('ສົມໃຈ ພ.');
    expect(document.documentElement.lang).toBe('en');
    expect(storedSession()?.user).toMatchObject({ displayName: 'ສົມໃຈ ພ.', locale: 'en' });
    // The language was saved together with the name: no second PATCH.
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(1));
  });

  it("shows the server's message when the password change is refused", async () => {
    const calls = api((call) =>
      call.url === '/api/v1/me/password'
        ? { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'The current password is wrong', details: [{ field: 'currentPassword' }] } }
        : undefined,
    );
    renderApp('/profile');

    fireEvent.change(await screen.findByLabelText('ລະຫັດຜ່ານປັດຈຸບັນ'), { target: { value: 'not it' } });
    fireEvent.change(screen.getByLabelText('ລະຫັດຜ່ານໃໝ່'), { target: { value: 'a new long passphrase' } });
    fireEvent.change(screen.getByLabelText('ຢືນຢັນລະຫັດຜ່ານໃໝ່'), { target: { value: 'a new long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'ປ່ຽນລະຫັດຜ່ານ' }));

    expect(await screen.findByText('The current password is wrong')).toBeTruthy();
    expect(screen.getByText('ລະຫັດຜ່ານປັດຈຸບັນບໍ່ຖືກຕ້ອງ.')).toBeTruthy();
    expect(screen.getByLabelText('ລະຫັດຜ່ານປັດຈຸບັນ').getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((call) => call.url === '/api/v1/me/password')?.body).toEqual({ currentPassword: 'not it', newPassword: 'a new long passphrase' });
    expect(storedSession()?.accessToken).toBe('access-1'); // a 400 does not sign anyone out
  });

  it('checks that the two new passwords match before calling the server', async () => {
    const calls = api();
    renderApp('/profile');

    fireEvent.change(await screen.findByLabelText('ລະຫັດຜ່ານປັດຈຸບັນ'), { target: { value: 'old one' } });
    fireEvent.change(screen.getByLabelText('ລະຫັດຜ່ານໃໝ່'), { target: { value: 'first choice' } });
    fireEvent.change(screen.getByLabelText('ຢືນຢັນລະຫັດຜ່ານໃໝ່'), { target: { value: 'second choice' } });
    fireEvent.click(screen.getByRole('button', { name: 'ປ່ຽນລະຫັດຜ່ານ' }));

    expect(await screen.findByText('ລະຫັດຜ່ານໃໝ່ທັງສອງບໍ່ກົງກັນ.')).toBeTruthy();
    expect(screen.getByLabelText('ຢືນຢັນລະຫັດຜ່ານໃໝ່').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.url === '/api/v1/me/password')).toBe(false);
  });
});

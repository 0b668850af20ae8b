import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { HolderCertificate, UserView } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { mockFetch, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';
import { refusal, renderAsAdmin } from '../testing/render-panel';
import { CertificatesPanel } from './certificates-panel';

const person: UserView = {
  id: 'u1',
  email: 'noy@mof.gov.la',
  employeeId: 'MOF-0042',
  displayName: 'ນ້ອຍ ສີສຸວັນ',
  position: null,
  locale: 'lo',
  emailOptOut: false,
  orgUnitId: 'mof',
  roles: ['learner'],
  status: 'active',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

describe('certificates (admin)', () => {
  let calls: RecordedCall[];
  let certificates: HolderCertificate[];
  let revokeAnswer: () => FakeResponse;

  beforeEach(() => {
    certificates = [
      { id: 'c1', code: '7KQ2-MX9D-4HTA', courseId: 'k1', courseTitle: 'ອີເມວໃນວຽກງານລັດ', issuedAt: '2025-03-01T03:00:00Z', revokedAt: null, revocationReason: null },
      { id: 'c2', code: 'AAAA-BBBB-CCCC', courseId: 'k2', courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ', issuedAt: '2025-02-01T03:00:00Z', revokedAt: '2025-02-10T03:00:00Z', revocationReason: 'ອອກຜິດ' },
    ];
    revokeAnswer = () => {
      Object.assign(certificates[0], { revokedAt: '2025-04-01T03:00:00Z', revocationReason: 'ສອບເສັງແທນກັນ' });
      return { status: 200, body: { id: 'c1', revoked: true } };
    };
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (url.pathname === '/api/v1/users') {
        const items = url.searchParams.get('q') === 'ນ້ອຍ' ? [person] : [];
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 10 } };
      }
      if (url.pathname === '/api/v1/users/u1/certificates') return { status: 200, body: certificates };
      if (call.method === 'POST' && url.pathname === '/api/v1/certificates/c1/revoke') return revokeAnswer();
      return { status: 404, body: {} };
    });
  });

  const find = async () => {
    fireEvent.change(screen.getByRole('searchbox', { name: 'ຊອກຫາບຸກຄົນ' }), { target: { value: 'ນ້ອຍ' } });
    fireEvent.click(await screen.findByRole('button', { name: 'ນ້ອຍ ສີສຸວັນ' }));
    return screen.findByTestId('holder-certificates');
  };

  it('finds the person, lists their certificates, and says who found nobody', async () => {
    renderAsAdmin(<CertificatesPanel />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'ຊອກຫາບຸກຄົນ' }), { target: { value: 'ສ' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'ຊອກຫາບຸກຄົນ' }), { target: { value: 'ສົມ' } });
    expect(await screen.findByText('ບໍ່ພົບຜູ້ໃດທີ່ກົງກັບການຄົ້ນຫານີ້.')).toBeTruthy();
    const table = await find();
    expect(screen.getByRole('heading', { name: 'ໃບຢັ້ງຢືນຂອງ ນ້ອຍ ສີສຸວັນ' })).toBeTruthy();
    expect(screen.getByText('noy@mof.gov.la · MOF-0042')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('ໃຊ້ໄດ້')).toBeTruthy();
    expect(within(rows[1]).getByText('ອອກຜິດ')).toBeTruthy();
    // A revoked certificate cannot be revoked again: no button on its row.
    expect(within(rows[1]).queryByRole('button')).toBeNull();
    // One letter finds too many: the search waits for two.
    expect(calls.filter((c) => c.url.startsWith('/api/v1/users?')).map((c) => new URL(c.url, 'http://x').searchParams.get('q'))).toEqual(['ສົມ', 'ນ້ອຍ']);
  });

  it('revokes with a reason checked first, then shows it revoked', async () => {
    renderAsAdmin(<CertificatesPanel />);
    await find();
    fireEvent.click(screen.getByRole('button', { name: 'ຍົກເລີກໃບຢັ້ງຢືນຫຼັກສູດ “ອີເມວໃນວຽກງານລັດ” (7KQ2-MX9D-4HTA)' }));
    const form = screen.getByRole('form', { name: 'ຍົກເລີກໃບຢັ້ງຢືນຫຼັກສູດ “ອີເມວໃນວຽກງານລັດ” (7KQ2-MX9D-4HTA)' });
    fireEvent.change(within(form).getByLabelText('ເຫດຜົນຂອງການຍົກເລີກ', { exact: false }), { target: { value: ' x ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ຢືນຢັນການຍົກເລີກໃບຢັ້ງຢືນ' }));
    expect(within(form).getByText('ກະລຸນາຂຽນເຫດຜົນແຕ່ 3 ຫາ 500 ຕົວອັກສອນ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(within(form).getByLabelText('ເຫດຜົນຂອງການຍົກເລີກ', { exact: false }), { target: { value: ' ສອບເສັງແທນກັນ ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ຢືນຢັນການຍົກເລີກໃບຢັ້ງຢືນ' }));
    expect(await screen.findByText('ໃບຢັ້ງຢືນຫຼັກສູດ “ອີເມວໃນວຽກງານລັດ” ຖືກຍົກເລີກແລ້ວ.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'ສອບເສັງແທນກັນ' });
    expect(await screen.findByText('ສອບເສັງແທນກັນ')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /ຍົກເລີກໃບຢັ້ງຢືນຫຼັກສູດ/ })).toBeNull();
  });

  it('says so when someone revoked it meanwhile (409), and reads the list again', async () => {
    revokeAnswer = () => {
      Object.assign(certificates[0], { revokedAt: '2025-04-01T03:00:00Z', revocationReason: 'ໂດຍຄົນອື່ນ' });
      return refusal(409, 'certificates.already-revoked');
    };
    renderAsAdmin(<CertificatesPanel />);
    await find();
    fireEvent.click(screen.getByRole('button', { name: /7KQ2-MX9D-4HTA/ }));
    fireEvent.change(screen.getByLabelText('ເຫດຜົນຂອງການຍົກເລີກ', { exact: false }), { target: { value: 'ອອກຜິດພາດ' } });
    fireEvent.click(screen.getByRole('button', { name: 'ຢືນຢັນການຍົກເລີກໃບຢັ້ງຢືນ' }));
    expect(await screen.findByText('ໃບຢັ້ງຢືນນີ້ຖືກຍົກເລີກໄປກ່ອນແລ້ວ.')).toBeTruthy();
    expect(await screen.findByText('ໂດຍຄົນອື່ນ')).toBeTruthy();
  });
});

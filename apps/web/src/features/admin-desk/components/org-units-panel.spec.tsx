import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { OrgUnitNode } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { mockFetch, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';
import { refusal, renderAsAdmin } from '../testing/render-panel';
import { OrgUnitsPanel } from './org-units-panel';

const node = (id: string, lo: string, kind: OrgUnitNode['kind'], parentId: string | null, children: OrgUnitNode[] = []): OrgUnitNode => ({ id, code: id.toUpperCase(), name: { lo, en: `${id} en` }, kind, parentId, children });

describe('org units (admin)', () => {
  let calls: RecordedCall[];
  let tree: OrgUnitNode[];
  let answer: (body: unknown) => FakeResponse;

  beforeEach(() => {
    tree = [node('mof', 'ກະຊວງການເງິນ', 'ministry', null, [node('bud', 'ກົມງົບປະມານ', 'department', 'mof')])];
    answer = (body) => {
      const made = node('plan', (body as { name: { lo: string } }).name.lo, 'division', 'bud');
      tree[0].children[0].children.push(made);
      return { status: 201, body: made };
    };
    calls = mockFetch((call) => {
      if (call.method === 'GET' && call.url === '/api/v1/org-units') return { status: 200, body: tree };
      if (call.method === 'POST' && call.url === '/api/v1/org-units') return answer(call.body);
      return { status: 404, body: {} };
    });
  });

  const form = () => screen.getByTestId('org-unit-form');
  const fill = (code: string, lo: string, en: string) => {
    fireEvent.change(within(form()).getByLabelText('ລະຫັດ', { exact: false }), { target: { value: code } });
    fireEvent.change(within(form()).getByLabelText('ຊື່ເປັນພາສາລາວ'), { target: { value: lo } });
    fireEvent.change(within(form()).getByLabelText('ຊື່ເປັນພາສາອັງກິດ'), { target: { value: en } });
  };
  const submit = () => fireEvent.click(within(form()).getByRole('button', { name: 'ເພີ່ມໜ່ວຍງານ' }));

  it('shows the whole tree and adds a unit under the node chosen, then shows it', async () => {
    renderAsAdmin(<OrgUnitsPanel />);
    const orgTree = await screen.findByTestId('org-tree');
    expect(within(orgTree).getByText('ກະຊວງການເງິນ')).toBeTruthy();
    expect(within(orgTree).getByText('BUD · ກົມ')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'ເພີ່ມໜ່ວຍງານຂັ້ນລຸ່ມຂອງ ກົມງົບປະມານ' }));
    expect((within(form()).getByLabelText('ຢູ່ພາຍໃຕ້') as HTMLSelectElement).value).toBe('bud');
    // Typed in lower case: the code field writes capitals, as the server wants.
    fill('mof-bud-plan', 'ພະແນກແຜນການ', 'Planning Division');
    submit();
    expect(await screen.findByText('ເພີ່ມ “ພະແນກແຜນການ” ເຂົ້າໃນໂຄງສ້າງແລ້ວ.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ code: 'MOF-BUD-PLAN', name: { lo: 'ພະແນກແຜນການ', en: 'Planning Division' }, parentId: 'bud' });
    expect(await within(screen.getByTestId('org-tree')).findByText('ພະແນກແຜນການ')).toBeTruthy();
    expect((within(form()).getByLabelText('ລະຫັດ', { exact: false }) as HTMLInputElement).value).toBe('');
  });

  it('checks the fields before sending, as the server would', async () => {
    renderAsAdmin(<OrgUnitsPanel />);
    await screen.findByTestId('org-tree');
    fill('-X', '', 'x');
    submit();
    expect(within(form()).getByText('ໃຊ້ຕົວອັກສອນລາຕິນໂຕໃຫຍ່, ຕົວເລກ, - ຫຼື _ ແຕ່ 2 ຫາ 64 ຕົວ, ເລີ່ມດ້ວຍຕົວອັກສອນ ຫຼື ຕົວເລກ.')).toBeTruthy();
    expect(within(form()).getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.')).toBeTruthy();
    expect(within(form()).getByLabelText('ຊື່ເປັນພາສາລາວ').getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('shows the server’s refusals by field: a taken code, a kind that cannot go there, fields a 400 names', async () => {
    renderAsAdmin(<OrgUnitsPanel />);
    await screen.findByTestId('org-tree');
    answer = () => refusal(409, 'org.code-taken');
    fill('MOF', 'ກະຊວງ', 'Ministry');
    submit();
    expect(await within(form()).findByText('ມີໜ່ວຍງານອື່ນໃຊ້ລະຫັດນີ້ແລ້ວ. ກະລຸນາເລືອກລະຫັດອື່ນ.')).toBeTruthy();
    expect(within(form()).getByLabelText('ລະຫັດ', { exact: false }).getAttribute('aria-invalid')).toBe('true');

    answer = () => refusal(400, 'org.kind-not-allowed');
    fireEvent.change(within(form()).getByLabelText('ປະເພດໜ່ວຍງານ'), { target: { value: 'district' } });
    fill('MOF2', 'ກະຊວງ', 'Ministry');
    submit();
    const kindMessage = await within(form()).findByText('ໜ່ວຍງານປະເພດນີ້ບໍ່ສາມາດຢູ່ພາຍໃຕ້ໜ່ວຍງານທີ່ເລືອກໄດ້. ກະລຸນາເລືອກປະເພດອື່ນ ຫຼື ບ່ອນອື່ນ.');
    expect(within(form()).getByLabelText('ປະເພດໜ່ວຍງານ').getAttribute('aria-describedby')).toBe(kindMessage.id);
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toMatchObject({ kind: 'district' });

    answer = () => refusal(400, undefined, [{ field: 'name.en', messages: ['name.en must be shorter'] }]);
    submit();
    expect(await within(form()).findByText('ເຊີບເວີບໍ່ຮັບຂໍ້ມູນນີ້. ກະລຸນາກວດຄືນ.')).toBeTruthy();
    expect(within(form()).getByLabelText('ຊື່ເປັນພາສາອັງກິດ').getAttribute('aria-invalid')).toBe('true');
    expect(within(form()).queryByText('ມີໜ່ວຍງານອື່ນໃຊ້ລະຫັດນີ້ແລ້ວ. ກະລຸນາເລືອກລະຫັດອື່ນ.')).toBeNull();
  });
});

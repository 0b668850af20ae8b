import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { COMPETENCE_AREAS, type SkillsTarget } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { mockFetch, type RecordedCall } from '../../../testing/test-utils';
import { refusal, renderAsAdmin } from '../testing/render-panel';
import { SkillsTargetsPanel } from './skills-targets-panel';

describe('skills targets (admin)', () => {
  let calls: RecordedCall[];
  let targets: SkillsTarget[];
  let refuse: boolean;

  beforeEach(() => {
    refuse = false;
    targets = COMPETENCE_AREAS.map((area) => ({ area, targetShare: area === 'safety' ? 0.125 : 0.7, updatedAt: '2025-01-15T03:00:00Z' }));
    calls = mockFetch((call) => {
      if (call.url !== '/api/v1/reports/skills/targets') return { status: 404, body: {} };
      if (call.method === 'PUT') {
        if (refuse) return refusal(400, undefined, [{ field: 'targets.0.targetShare', messages: ['too big'] }]);
        targets = (call.body as { targets: { area: SkillsTarget['area']; targetShare: number }[] }).targets.map((x) => ({ ...x, updatedAt: '2025-05-01T03:00:00Z' }));
      }
      return { status: 200, body: targets };
    });
  });

  const field = (area: string) => within(screen.getByTestId('skills-targets')).getByLabelText(`ເປົ້າໝາຍ ${area} (%)`);

  it('shows each area’s target as a percentage, as Lao writes numbers, and saves the shares', async () => {
    renderAsAdmin(<SkillsTargetsPanel />);
    await screen.findByTestId('skills-targets');
    expect((field('ຄວາມປອດໄພ') as HTMLInputElement).value).toBe('12,5');
    expect((field('ການແກ້ໄຂບັນຫາ') as HTMLInputElement).value).toBe('70');
    fireEvent.change(field('ຄວາມປອດໄພ'), { target: { value: '80' } });
    fireEvent.change(field('ການແກ້ໄຂບັນຫາ'), { target: { value: '55,5 %' } });
    fireEvent.click(screen.getByRole('button', { name: 'ບັນທຶກເປົ້າໝາຍ' }));
    expect(await screen.findByText('ບັນທຶກເປົ້າໝາຍແລ້ວ.')).toBeTruthy();
    const sent = (calls.find((c) => c.method === 'PUT')?.body as { targets: { area: string; targetShare: number }[] }).targets;
    expect(sent).toHaveLength(COMPETENCE_AREAS.length);
    expect(sent.find((x) => x.area === 'safety')?.targetShare).toBeCloseTo(0.8);
    expect(sent.find((x) => x.area === 'problem-solving')?.targetShare).toBeCloseTo(0.555);
    expect(await screen.findAllByText('ປ່ຽນຄັ້ງສຸດທ້າຍ ວັນທີ 1 ພຶດສະພາ 2025')).toHaveLength(COMPETENCE_AREAS.length);
  });

  it('refuses a share of 0 or over 100 before sending, and shows a server refusal', async () => {
    renderAsAdmin(<SkillsTargetsPanel />);
    await screen.findByTestId('skills-targets');
    fireEvent.change(field('ຄວາມປອດໄພ'), { target: { value: '0' } });
    fireEvent.change(field('ການແກ້ໄຂບັນຫາ'), { target: { value: '101' } });
    fireEvent.click(screen.getByRole('button', { name: 'ບັນທຶກເປົ້າໝາຍ' }));
    expect(screen.getAllByText('ກະລຸນາປ້ອນສ່ວນຮ້ອຍທີ່ຫຼາຍກວ່າ 0 ແລະ ບໍ່ເກີນ 100.')).toHaveLength(2);
    expect(field('ຄວາມປອດໄພ').getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);

    refuse = true;
    fireEvent.change(field('ຄວາມປອດໄພ'), { target: { value: '50' } });
    fireEvent.change(field('ການແກ້ໄຂບັນຫາ'), { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'ບັນທຶກເປົ້າໝາຍ' }));
    expect(await screen.findByText('ກະລຸນາກວດຂໍ້ມູນທີ່ໝາຍໄວ້.')).toBeTruthy();
  });
});

import type { Actor } from '@lms/server-core';
import { FakeOrgUnitsRepository } from '@lms/server-testing';
import type { OrgException } from './org.exception';
import { OrgUnitsService } from './org-units.service';

const actor = (roles: Actor['roles'], orgUnitId = 'x'): Actor => ({ userId: 'u', roles, orgUnitId, locale: 'lo', sessionId: null });

describe('OrgUnitsService', () => {
  async function setup() {
    const repo = new FakeOrgUnitsRepository();
    const service = new OrgUnitsService(repo);
    const mof = await service.create({ code: 'MOF', name: { lo: 'ກະຊວງການເງິນ', en: 'Ministry of Finance' } });
    const budget = await service.create({ code: 'MOF-BUD', name: { lo: 'ກົມງົບປະມານ', en: 'Budget Department' }, parentId: mof.id });
    const lp = await service.create({ code: 'LPB', name: { lo: 'ແຂວງຫຼວງພະບາງ', en: 'Luang Prabang' }, kind: 'province' });
    const district = await service.create({ code: 'LPB-CITY', name: { lo: 'ເມືອງຫຼວງພະບາງ', en: 'Luang Prabang District' }, parentId: lp.id });
    return { service, mof, budget, lp, district };
  }

  it('infers the kind from the parent and nests the tree', async () => {
    const { service, mof, budget, district } = await setup();
    expect(budget.kind).toBe('department');
    expect(district.kind).toBe('district');
    const tree = await service.tree(actor(['learner']));
    expect(tree.map((n) => n.code)).toEqual(expect.arrayContaining(['MOF', 'LPB']));
    expect(tree.find((n) => n.id === mof.id)!.children.map((c) => c.code)).toEqual(['MOF-BUD']);
  });

  it('gives an HR manager their own subtree only', async () => {
    const { service, budget } = await setup();
    const tree = await service.tree(actor(['learner', 'hr_manager'], budget.id));
    expect(tree.map((n) => n.code)).toEqual(['MOF-BUD']);
  });

  it('refuses a taken code, a missing parent and a kind that does not fit', async () => {
    const { service, district } = await setup();
    const status = (p: Promise<unknown>) => p.then(() => 200, (e: OrgException) => e.getStatus());
    expect(await status(service.create({ code: 'MOF', name: { lo: 'x', en: 'x' } }))).toBe(409);
    expect(await status(service.create({ code: 'NEW', name: { lo: 'x', en: 'x' }, parentId: '00000000-0000-4000-8000-000000000000' }))).toBe(400);
    expect(await status(service.create({ code: 'NEW', name: { lo: 'x', en: 'x' }, parentId: district.id, kind: 'ministry' }))).toBe(400);
  });
});

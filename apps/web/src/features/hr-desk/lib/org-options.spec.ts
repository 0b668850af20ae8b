import { describe, expect, it } from '@jest/globals';
import type { OrgUnitNode } from '@lms/contracts';
import { orgNames, orgOptions } from './org-options';

const unit = (id: string, lo: string, en: string, children: OrgUnitNode[] = []): OrgUnitNode => ({ id, code: id.toUpperCase(), name: { lo, en }, kind: 'department', parentId: null, children });
const TREE = [unit('mof', 'ກະຊວງການເງິນ', 'Ministry of Finance', [unit('bud', 'ກົມງົບປະມານ', 'Budget Department', [unit('pln', '', 'Planning')]), unit('tax', 'ກົມສ່ວຍສາອາກອນ', 'Tax')])];

describe('org options', () => {
  it('lists the tree in order, indented by depth, in the reader’s language (English when Lao is missing)', () => {
    expect(orgOptions(TREE, 'lo')).toEqual([
      { value: 'mof', label: 'ກະຊວງການເງິນ' },
      { value: 'bud', label: '\u2003ກົມງົບປະມານ' },
      { value: 'pln', label: '\u2003\u2003Planning' },
      { value: 'tax', label: '\u2003ກົມສ່ວຍສາອາກອນ' },
    ]);
    expect(orgOptions(TREE, 'en')[1]).toEqual({ value: 'bud', label: '\u2003Budget Department' });
  });

  it('names every unit by id', () => {
    expect(orgNames(TREE, 'en').get('pln')).toBe('Planning');
    expect(orgNames(TREE, 'lo').size).toBe(4);
  });
});

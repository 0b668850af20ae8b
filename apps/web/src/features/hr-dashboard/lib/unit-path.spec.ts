import { describe, expect, it } from '@jest/globals';
import type { OrgUnitNode } from '@lms/contracts';
import { unitPath } from './unit-path';

const node = (id: string, children: OrgUnitNode[] = []): OrgUnitNode => ({ id, code: id, name: { lo: id, en: id }, kind: 'ministry', parentId: null, children });

describe('unitPath', () => {
  const tree = [node('a', [node('a1', [node('a11')]), node('a2')]), node('b', [node('b1')])];

  it('goes from the top of the tree down to the unit', () => {
    expect(unitPath(tree, 'a11').map((u) => u.id)).toEqual(['a', 'a1', 'a11']);
    expect(unitPath(tree, 'b1').map((u) => u.id)).toEqual(['b', 'b1']);
    expect(unitPath(tree, 'a').map((u) => u.id)).toEqual(['a']);
  });

  it('is empty for a unit the tree does not hold', () => {
    expect(unitPath(tree, 'zz')).toEqual([]);
    expect(unitPath([], 'a')).toEqual([]);
  });
});

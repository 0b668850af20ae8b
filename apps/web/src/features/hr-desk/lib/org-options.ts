import type { OrgUnitNode } from '@lms/contracts';
import type { Locale } from '../../../lib/i18n';

export interface OrgOption {
  value: string;
  label: string;
}

/** The tree as the options of one select, in tree order, each unit indented under its parent. */
export function orgOptions(tree: readonly OrgUnitNode[], locale: Locale): OrgOption[] {
  const options: OrgOption[] = [];
  const walk = (nodes: readonly OrgUnitNode[], depth: number) => {
    for (const node of nodes) {
      options.push({ value: node.id, label: `${'\u2003'.repeat(depth)}${node.name[locale] || node.name.en}` });
      walk(node.children, depth + 1);
    }
  };
  walk(tree, 0);
  return options;
}

/** Each unit's name in the reader's language, by id: for lists that name a unit by its id. */
export function orgNames(tree: readonly OrgUnitNode[], locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (nodes: readonly OrgUnitNode[]) => {
    for (const node of nodes) {
      names.set(node.id, node.name[locale] || node.name.en);
      walk(node.children);
    }
  };
  walk(tree);
  return names;
}

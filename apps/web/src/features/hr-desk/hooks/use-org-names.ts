import { useMemo } from 'react';
import { useLocale } from '../../../lib/i18n';
import { useOrgTree } from '../api/org-tree';
import { orgNames } from '../lib/org-options';

/** Each unit's name in the reader's language, by id (empty until the tree is read): for lists that name a unit by its id. */
export function useOrgNames(): Map<string, string> {
  const { locale } = useLocale();
  const tree = useOrgTree();
  return useMemo(() => orgNames(tree.data ?? [], locale), [tree.data, locale]);
}

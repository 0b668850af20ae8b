import type { OrgUnitNode } from '@lms/contracts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { Announcement } from '../../../staff/components/announcement';
import { QueryView } from '../../../staff/components/query-view';
import { useAdminOrgTree } from '../api/org-units';
import { OrgUnitForm } from './org-unit-form';

/** Org units: the whole tree, and a new unit under any node (or at the top). */
export function OrgUnitsPanel() {
  const t = useT();
  const tree = useAdminOrgTree();
  const [parentId, setParentId] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const addUnder = (id: string) => {
    setParentId(id);
    // The form is below a tree that may be long: take the user there, to the first field.
    form.current?.scrollIntoView?.({ block: 'start' });
    form.current?.querySelector<HTMLElement>('input')?.focus();
  };

  return (
    <div className="stack">
      <Announcement message={announcement} />
      <QueryView query={tree}>
        {(data) => (
          <>
            {data.length === 0 ? <p className="muted">{t('staff.admin.org.empty')}</p> : <OrgTree nodes={data} onAddUnder={addUnder} testId="org-tree" />}
            <OrgUnitForm ref={form} tree={data} parentId={parentId} onParentChange={setParentId} onCreated={(name) => setAnnouncement(t('staff.admin.org.created', { name }))} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function OrgTree({ nodes, onAddUnder, testId }: { nodes: readonly OrgUnitNode[]; onAddUnder: (id: string) => void; testId?: string }) {
  return (
    <ul className="org-tree" data-testid={testId}>
      {nodes.map((node) => (
        <OrgTreeNode key={node.id} node={node} onAddUnder={onAddUnder} />
      ))}
    </ul>
  );
}

function OrgTreeNode({ node, onAddUnder }: { node: OrgUnitNode; onAddUnder: (id: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const name = node.name[locale] || node.name.en;
  return (
    <li>
      <div className="org-tree__node">
        <span className="org-tree__name">{name}</span>
        <span className="muted">{`${node.code} · ${t(`staff.admin.org.kind.${node.kind}`)}`}</span>
        <Button variant="ghost" className="org-tree__add" onClick={() => onAddUnder(node.id)} aria-label={t('staff.admin.org.addUnderLabel', { name })}>
          {t('staff.admin.org.addUnder')}
        </Button>
      </div>
      {node.children.length > 0 && <OrgTree nodes={node.children} onAddUnder={onAddUnder} />}
    </li>
  );
}

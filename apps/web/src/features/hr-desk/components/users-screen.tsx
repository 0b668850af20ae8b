import { Fragment, useMemo, useState } from 'react';
import type { UserView } from '@lms/contracts';
import { Button, SelectField, TextField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { Pager } from '../../../staff/components/pager';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { useOrgTree } from '../api/org-tree';
import { USERS_PAGE_SIZE, useUsers } from '../api/users';
import { useOrgNames } from '../hooks/use-org-names';
import { orgOptions } from '../lib/org-options';
import { useSettled } from '../lib/use-settled';
import { UserEnrolments } from './user-enrolments';
import { UserForm } from './user-form';
import { UsersImport } from './users-import';

type Panel = 'none' | 'create' | 'import';

/**
 * /staff/users: the people of the reader's units (an admin's: everyone), searched by name, email
 * or employee id and narrowed to a unit; add one, import many from CSV, and open a person to edit
 * them, see their courses and remind them of one.
 */
export function UsersScreen() {
  const t = useT();
  const { locale } = useLocale();
  const tree = useOrgTree();
  const [q, setQ] = useState('');
  const [orgUnitId, setOrgUnitId] = useState('');
  const [page, setPage] = useState(1);
  const [panel, setPanel] = useState<Panel>('none');
  const [openId, setOpenId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const users = useUsers({ q: useSettled(q), orgUnitId, page });
  const units = useMemo(() => orgOptions(tree.data ?? [], locale), [tree.data, locale]);
  const n = (value: number) => formatNumber(value, locale);

  return (
    <div className="page stack">
      <div className="staff-heading">
        <h1 className="page__title">{t('staff.users.title')}</h1>
        {panel === 'none' && (
          <div className="staff-form__actions">
            <Button onClick={() => setPanel('create')} data-testid="new-user">
              {t('staff.users.new')}
            </Button>
            <Button variant="secondary" onClick={() => setPanel('import')} data-testid="import-users">
              {t('staff.users.import')}
            </Button>
          </div>
        )}
      </div>
      <Announcement message={announcement} />
      {panel === 'create' && (
        <UserForm
          onSaved={(user) => {
            setPanel('none');
            setAnnouncement(t('staff.users.created', { name: user.displayName }));
          }}
          onCancel={() => setPanel('none')}
        />
      )}
      {panel === 'import' && (
        <UsersImport
          onImported={(created, updated) => {
            setPanel('none');
            setAnnouncement(t('staff.users.imported', { created: n(created), updated: n(updated) }));
          }}
          onCancel={() => setPanel('none')}
        />
      )}
      <div className="staff-form__row" role="search">
        <TextField
          label={t('staff.users.search')}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
        />
        <SelectField
          label={t('staff.users.unitFilter')}
          value={orgUnitId}
          onChange={(e) => {
            setOrgUnitId(e.target.value);
            setPage(1);
          }}
          options={[{ value: '', label: t('staff.users.allUnits') }, ...units]}
        />
      </div>
      <QueryView query={users} empty={(data) => data.items.length === 0} emptyText={t('staff.users.none')}>
        {(data) => (
          <>
            <p className="muted">{t('staff.users.count', { count: n(data.total) })}</p>
            <UsersTable items={data.items} openId={openId} onOpen={setOpenId} onAnnounce={setAnnouncement} />
            <Pager page={page} pageSize={USERS_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function UsersTable({ items, openId, onOpen, onAnnounce }: { items: UserView[]; openId?: string; onOpen: (id?: string) => void; onAnnounce: (message: string) => void }) {
  const t = useT();
  const names = useOrgNames();
  return (
    <StaffTable testId="users" columns={[t('staff.users.displayName'), t('staff.users.unit'), t('staff.users.position'), t('staff.users.roles'), { label: t('staff.users.open'), hidden: true }]}>
      {items.map((user) => {
        const open = user.id === openId;
        return (
          <Fragment key={user.id}>
            <tr className={user.status === 'disabled' ? 'staff-row--disabled' : undefined}>
              <td>
                <strong>{user.displayName}</strong>
                <br />
                <span className="muted" lang="en">
                  {user.email}
                </span>
                {user.status === 'disabled' && <span className="muted"> · {t('staff.users.status.disabled')}</span>}
              </td>
              <td>{names.get(user.orgUnitId) ?? ''}</td>
              <td>{user.position ?? ''}</td>
              <td>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
              <td>
                <Button variant="secondary" aria-expanded={open} aria-controls={`user-${user.id}`} aria-label={t(open ? 'staff.users.closeLabel' : 'staff.users.openLabel', { name: user.displayName })} onClick={() => onOpen(open ? undefined : user.id)}>
                  {t(open ? 'staff.users.close' : 'staff.users.open')}
                </Button>
              </td>
            </tr>
            {open && (
              <tr id={`user-${user.id}`}>
                <td colSpan={5}>
                  <div className="staff-person">
                    <UserForm
                      user={user}
                      onSaved={(saved) => {
                        onOpen(undefined);
                        onAnnounce(t('staff.users.saved', { name: saved.displayName }));
                      }}
                      onCancel={() => onOpen(undefined)}
                    />
                    <UserEnrolments userId={user.id} name={user.displayName} onReminded={(course) => onAnnounce(t('staff.users.remindSent', { name: user.displayName, course }))} />
                  </div>
                </td>
              </tr>
            )}
          </Fragment>
        );
      })}
    </StaffTable>
  );
}

import type { AuditEntry } from '@lms/contracts';
import { useState } from 'react';
import { Button, SelectField, TextField } from '../../../components/ui';
import { formatDateTime } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Pager } from '../../../staff/components/pager';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { AUDIT_PAGE_SIZE, useAuditActions, useAuditLog, type AuditFilter } from '../api/audit-log';
import { actionLabel } from '../lib/labels';

const NO_FILTER: AuditFilter = { action: '', actorId: '', from: '', to: '', page: 1 };

/** The audit log: newest first, filtered by action, person and days, a page at a time. */
export function AuditLogPanel() {
  const t = useT();
  const { locale } = useLocale();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [actorName, setActorName] = useState('');
  const reversed = filter.from !== '' && filter.to !== '' && filter.from > filter.to;
  const log = useAuditLog(reversed ? { ...filter, to: '' } : filter);
  const actions = useAuditActions();
  const set = (change: Partial<AuditFilter>) => setFilter((f) => ({ ...f, page: 1, ...change }));

  return (
    <div className="stack">
      <form className="card staff-form" onSubmit={(e) => e.preventDefault()} aria-label={t('staff.admin.audit.filter')}>
        <div className="staff-form__row">
          <SelectField
            label={t('staff.admin.audit.action')}
            value={filter.action}
            onChange={(e) => set({ action: e.target.value })}
            options={[{ value: '', label: t('staff.admin.audit.allActions') }, ...(actions.data ?? []).map((a) => ({ value: a, label: actionLabel(t, a) }))]}
          />
          <TextField label={t('staff.admin.audit.from')} type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
          <TextField label={t('staff.admin.audit.to')} type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} error={reversed ? t('staff.admin.audit.reversed') : undefined} />
        </div>
        {filter.actorId && (
          <p className="admin-actor-filter">
            {t('staff.admin.audit.onlyActor', { name: actorName })}{' '}
            <Button variant="secondary" onClick={() => set({ actorId: '' })}>
              {t('staff.admin.audit.everyone')}
            </Button>
          </p>
        )}
      </form>
      <QueryView query={log} empty={(data) => data.items.length === 0} emptyText={t('staff.admin.audit.empty')}>
        {(data) => (
          <>
            <p className="muted">{t('staff.admin.audit.count', { count: formatNumber(data.total, locale) })}</p>
            <AuditTable
              items={data.items}
              onActor={(entry) => {
                setActorName(entry.actorName ?? '');
                set({ actorId: entry.actorId ?? '' });
              }}
            />
            <Pager page={filter.page} pageSize={AUDIT_PAGE_SIZE} total={data.total} onPage={(page) => setFilter((f) => ({ ...f, page }))} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function AuditTable({ items, onActor }: { items: AuditEntry[]; onActor: (entry: AuditEntry) => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <StaffTable testId="audit-log" columns={[t('staff.admin.audit.when'), t('staff.admin.audit.who'), t('staff.admin.audit.action'), t('staff.admin.audit.details')]}>
      {items.map((entry) => (
        <tr key={entry.id}>
          <td>{formatDateTime(entry.at, locale)}</td>
          <td>
            {entry.actorId ? (
              <Button variant="ghost" className="admin-link-button" onClick={() => onActor(entry)} aria-label={t('staff.admin.audit.byActor', { name: entry.actorName ?? '' })}>
                {entry.actorName}
              </Button>
            ) : (
              <span className="muted">{t('staff.admin.audit.noActor')}</span>
            )}
          </td>
          <td>{actionLabel(t, entry.action)}</td>
          <td>
            <code className="admin-details">{JSON.stringify(entry.details)}</code>
          </td>
        </tr>
      ))}
    </StaffTable>
  );
}

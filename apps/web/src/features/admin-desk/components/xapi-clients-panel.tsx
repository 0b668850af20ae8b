import { useState } from 'react';
import type { XapiClientCredentials, XapiClientView } from '@lms/contracts';
import { Alert, Button } from '../../../components/ui';
import { formatDateTime } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { Announcement } from '../../../staff/components/announcement';
import { ConfirmInPlace } from '../../../staff/components/confirm-in-place';
import { Pager } from '../../../staff/components/pager';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { useRevokeXapiClient, useXapiClients, XAPI_CLIENTS_PAGE_SIZE } from '../api/xapi-clients';
import { XapiClientForm } from './xapi-client-form';
import { XapiForwardingStatus } from './xapi-forwarding-status';

/**
 * The systems that may use the LRS at /xapi (a ministry's HR system, a partner's LRS): issue one a
 * key and secret for HTTP Basic, shown once, and revoke it when it should stop.
 */
export function XapiClientsPanel() {
  const t = useT();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<XapiClientCredentials & { name: string }>();
  const [announcement, setAnnouncement] = useState('');
  const clients = useXapiClients(page);

  return (
    <div className="stack">
      <p>{t('staff.admin.xapi.intro')}</p>
      <Announcement message={announcement} />
      {issued && (
        <Alert tone="success">
          <p>{t('staff.admin.xapi.issued', { name: issued.name })}</p>
          <dl className="xapi-credentials" data-testid="xapi-credentials">
            <dt>{t('staff.admin.xapi.endpoint')}</dt>
            <dd lang="en">
              <code>{new URL('/xapi/', window.location.origin).href}</code>
            </dd>
            <dt>{t('staff.admin.xapi.key')}</dt>
            <dd lang="en">
              <code>{issued.key}</code>
            </dd>
            <dt>{t('staff.admin.xapi.secret')}</dt>
            <dd lang="en">
              <code>{issued.secret}</code>
            </dd>
          </dl>
          <p>{t('staff.admin.xapi.secretOnce')}</p>
          <Button variant="secondary" onClick={() => setIssued(undefined)}>
            {t('staff.admin.xapi.copied')}
          </Button>
        </Alert>
      )}
      {creating ? (
        <XapiClientForm
          onCreated={(credentials, name) => {
            setCreating(false);
            setPage(1);
            setIssued({ ...credentials, name });
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <div>
          <Button onClick={() => setCreating(true)} data-testid="new-xapi-client">
            {t('staff.admin.xapi.new')}
          </Button>
        </div>
      )}
      <QueryView query={clients} empty={(data) => data.items.length === 0} emptyText={t('staff.admin.xapi.none')}>
        {(data) => (
          <>
            <StaffTable testId="xapi-clients" columns={[t('staff.admin.xapi.name'), t('staff.admin.xapi.key'), t('staff.admin.xapi.scopes'), t('staff.admin.xapi.lastUsed'), { label: t('staff.admin.xapi.revoke'), hidden: true }]}>
              {data.items.map((client) => (
                <ClientRow key={client.id} client={client} onRevoked={() => setAnnouncement(t('staff.admin.xapi.revoked', { name: client.name }))} />
              ))}
            </StaffTable>
            <Pager page={page} pageSize={XAPI_CLIENTS_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
      <XapiForwardingStatus />
    </div>
  );
}

function ClientRow({ client, onRevoked }: { client: XapiClientView; onRevoked: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const revoke = useRevokeXapiClient();
  const [asking, setAsking] = useState(false);
  return (
    <tr>
      <td>{client.name}</td>
      <td lang="en">
        <code>{client.key}</code>
      </td>
      <td>{client.scopes.map((scope) => t(`staff.admin.xapi.scope.${scope}`)).join(', ')}</td>
      <td>{client.lastUsedAt ? formatDateTime(client.lastUsedAt, locale) : t('staff.admin.xapi.neverUsed')}</td>
      <td>
        {client.revokedAt ? (
          <span className="muted">{t('staff.admin.xapi.revokedOn', { date: formatDateTime(client.revokedAt, locale) })}</span>
        ) : asking ? (
          <ConfirmInPlace
            question={t('staff.admin.xapi.revokeConfirm')}
            confirmLabel={t('staff.admin.xapi.revokeYes')}
            cancelLabel={t('staff.assign.cancel')}
            busy={revoke.isPending}
            error={revoke.error}
            onConfirm={() => revoke.mutate(client.id, { onSuccess: onRevoked })}
            onCancel={() => setAsking(false)}
          />
        ) : (
          <Button variant="secondary" aria-label={t('staff.admin.xapi.revokeLabel', { name: client.name })} onClick={() => setAsking(true)}>
            {t('staff.admin.xapi.revoke')}
          </Button>
        )}
      </td>
    </tr>
  );
}

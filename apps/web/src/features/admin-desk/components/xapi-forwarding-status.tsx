import { Alert } from '../../../components/ui';
import { formatDateTime } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { QueryView } from '../../../staff/components/query-view';
import { useXapiForwarding } from '../api/xapi-clients';

/** Forwarding Lane's statements to another LRS (XAPI_FORWARD_URL): off, or how far it has come and the last error. */
export function XapiForwardingStatus() {
  const t = useT();
  const { locale } = useLocale();
  const status = useXapiForwarding();
  return (
    <section className="stack" data-testid="xapi-forwarding">
      <h3>{t('staff.admin.xapi.forwarding.title')}</h3>
      <QueryView query={status}>
        {(s) =>
          s.endpoint === null ? (
            <p className="muted">{t('staff.admin.xapi.forwarding.off')}</p>
          ) : (
            <>
              <p>
                {t('staff.admin.xapi.forwarding.to')}{' '}
                <code lang="en">{s.endpoint}</code>
              </p>
              <p>{t('staff.admin.xapi.forwarding.counts', { forwarded: s.forwarded, pending: s.pending })}</p>
              {s.lastSuccessAt && <p>{t('staff.admin.xapi.forwarding.lastSuccess', { date: formatDateTime(s.lastSuccessAt, locale) })}</p>}
              {s.failures > 0 && (
                <Alert tone="error">
                  <p>{t('staff.admin.xapi.forwarding.failing', { failures: s.failures, date: s.nextAttemptAt ? formatDateTime(s.nextAttemptAt, locale) : '' })}</p>
                  {s.lastError && (
                    <p lang="en">
                      <code>{s.lastError}</code>
                    </p>
                  )}
                </Alert>
              )}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

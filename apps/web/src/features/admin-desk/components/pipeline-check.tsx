import { useEffect, useState } from 'react';
import { Alert, Button, Card, LiveRegion } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { PING_PATIENCE_MS, usePing, useRequestPing } from '../api/pings';

/** "Check the pipeline": a ping job through outbox, relay, BullMQ and worker, and whether the worker answered. */
export function PipelineCheck() {
  const t = useT();
  const { locale } = useLocale();
  const request = useRequestPing();
  const [gaveUp, setGaveUp] = useState(false);
  const ping = usePing(request.data, !gaveUp);
  const answered = ping.data?.handledAt ? ping.data : undefined;
  const waiting = request.isSuccess && !answered && !gaveUp;

  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setGaveUp(true), PING_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [waiting]);

  const start = () => {
    setGaveUp(false);
    request.mutate();
  };

  return (
    <Card title={t('staff.admin.ping.title')} titleLevel={3} className="stack">
      <p className="muted">{t('staff.admin.ping.intro')}</p>
      <div>
        <Button onClick={start} busy={request.isPending || waiting}>
          {waiting ? t('staff.admin.ping.waiting') : t('staff.admin.ping.check')}
        </Button>
      </div>
      <LiveRegion>
        {answered && (
          <Alert tone="success">
            <p>{t('staff.admin.ping.answered', { ms: formatNumber(answered.roundTripMs ?? 0, locale) })}</p>
          </Alert>
        )}
        {gaveUp && !answered && (
          <Alert tone="warning">
            <p>{t('staff.admin.ping.noAnswer', { seconds: formatNumber(PING_PATIENCE_MS / 1000, locale) })}</p>
          </Alert>
        )}
      </LiveRegion>
      <WriteErrorAlert error={request.error} />
    </Card>
  );
}

import type { QueueCounts } from '@lms/contracts';
import { useState } from 'react';
import { Alert, Button, LoadError, Loading } from '../../../components/ui';
import { formatDateTime } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { StaffTable } from '../../../staff/components/staff-table';
import { useQueueCounts } from '../api/queues';
import { queueLabel } from '../lib/labels';
import { errorCode } from '../lib/server-problems';
import { FailedJobs } from './failed-jobs';
import { PipelineCheck } from './pipeline-check';

const COUNTS = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** Queues: BullMQ's counts per queue (read on request), the failed jobs of one, and the pipeline check. */
export function QueuesPanel() {
  const t = useT();
  const { locale } = useLocale();
  const counts = useQueueCounts();
  const [queue, setQueue] = useState('');

  return (
    <div className="stack">
      <PipelineCheck />
      <div className="staff-heading">
        <h3>{t('staff.admin.queues.counts')}</h3>
        <Button variant="secondary" busy={counts.isFetching} onClick={() => void counts.refetch()}>
          {t('staff.admin.queues.refresh')}
        </Button>
      </div>
      {/* A failed refresh says so above the counts read before, which stay. */}
      {counts.isError &&
        (errorCode(counts.error) === 'system.queues-unavailable' ? (
          <Alert tone="error">
            <p>{t('staff.admin.queues.unavailable')}</p>
            <Button variant="secondary" onClick={() => void counts.refetch()} busy={counts.isRefetching}>
              {t('common.retry')}
            </Button>
          </Alert>
        ) : (
          <LoadError error={counts.error} onRetry={() => void counts.refetch()} busy={counts.isRefetching} />
        ))}
      {counts.data ? (
        <>
          <p className="muted">{t('staff.admin.queues.readAt', { time: formatDateTime(new Date(counts.dataUpdatedAt).toISOString(), locale) })}</p>
          <CountsTable counts={counts.data} chosen={queue} onChoose={setQueue} />
        </>
      ) : (
        !counts.isError && <Loading paused={counts.isPaused} />
      )}
      {queue && <FailedJobs key={queue} queue={queue} />}
    </div>
  );
}

function CountsTable({ counts, chosen, onChoose }: { counts: QueueCounts[]; chosen: string; onChoose: (queue: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <StaffTable testId="queue-counts" columns={[t('staff.admin.queues.queue'), ...COUNTS.map((c) => ({ label: t(`staff.admin.queues.${c}`), className: 'admin-number' })), { label: t('staff.admin.queues.showFailed'), hidden: true }]}>
      {counts.map((row) => (
        <tr key={row.name} data-failed={row.failed > 0 ? 'true' : undefined}>
          <th scope="row">{queueLabel(t, row.name)}</th>
          {COUNTS.map((c) => (
            <td key={c} className={c === 'failed' && row.failed > 0 ? 'admin-number admin-number--alert' : 'admin-number'}>
              {formatNumber(row[c], locale)}
            </td>
          ))}
          <td>
            <Button variant="ghost" aria-pressed={chosen === row.name} onClick={() => onChoose(row.name)} aria-label={t('staff.admin.queues.showFailedOf', { queue: queueLabel(t, row.name) })}>
              {t('staff.admin.queues.showFailed')}
            </Button>
          </td>
        </tr>
      ))}
    </StaffTable>
  );
}

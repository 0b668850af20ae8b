import type { FailedJobView } from '@lms/contracts';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { writeErrorMessage } from '../../authoring/lib/write-error';
import { Pager } from '../../../staff/components/pager';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { FAILED_PAGE_SIZE, useFailedJobs, useRetryJob } from '../api/queues';
import { queueLabel } from '../lib/labels';

/** The failed jobs of one queue, most recently failed first, each with a Retry button; never a job's data. */
export function FailedJobs({ queue }: { queue: string }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' }>();
  const failed = useFailedJobs(queue, page);
  const name = queueLabel(t, queue);
  // Retrying the last job of a later page leaves it empty: step back to one that has jobs.
  const emptiedPage = page > 1 && failed.data?.items.length === 0 && !failed.isPlaceholderData;
  useEffect(() => {
    if (emptiedPage) setPage((p) => p - 1);
  }, [emptiedPage]);

  return (
    <section className="stack" aria-labelledby="failed-title">
      <h3 id="failed-title">{t('staff.admin.queues.failedOf', { queue: name })}</h3>
      <Announcement message={outcome?.message} tone={outcome?.tone} />
      <QueryView query={failed} empty={(data) => data.items.length === 0} emptyText={t('staff.admin.queues.noFailed')}>
        {(data) => (
          <>
            <StaffTable
              testId="failed-jobs"
              columns={[t('staff.admin.queues.job'), t('staff.admin.queues.reason'), { label: t('staff.admin.queues.attempts'), className: 'admin-number' }, t('staff.admin.queues.failedAt'), { label: t('staff.admin.queues.retry'), hidden: true }]}
            >
              {data.items.map((job) => (
                <FailedJobRow key={job.id} queue={queue} job={job} onOutcome={setOutcome} />
              ))}
            </StaffTable>
            <Pager page={page} pageSize={FAILED_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function FailedJobRow({ queue, job, onOutcome }: { queue: string; job: FailedJobView; onOutcome: (outcome: { message: string; tone: 'success' | 'error' }) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const retry = useRetryJob();
  const run = () =>
    retry.mutate(
      { queue, jobId: job.id },
      {
        onSuccess: () => onOutcome({ message: t('staff.admin.queues.retried', { id: job.id }), tone: 'success' }),
        onError: (error) =>
          onOutcome({
            // 409: retried by someone else, or already running again; 404: BullMQ removed it. The list is read again either way.
            message: error instanceof ApiError && (error.statusCode === 409 || error.statusCode === 404) ? t('staff.admin.queues.notFailed', { id: job.id }) : writeErrorMessage(t, error),
            tone: 'error',
          }),
      },
    );
  return (
    <tr>
      <td>
        <code>{job.id}</code>
        <div className="muted">{job.name}</div>
      </td>
      <td className="admin-reason">{job.failedReason}</td>
      <td className="admin-number">{formatNumber(job.attemptsMade, locale)}</td>
      <td>{formatDateTime(job.finishedOn ?? job.timestamp, locale)}</td>
      <td>
        <Button variant="secondary" busy={retry.isPending} onClick={run} aria-label={t('staff.admin.queues.retryLabel', { id: job.id })}>
          {t('staff.admin.queues.retry')}
        </Button>
      </td>
    </tr>
  );
}

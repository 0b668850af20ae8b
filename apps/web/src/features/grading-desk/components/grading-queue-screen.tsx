import { useEffect, useState } from 'react';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { Pager } from '../../../staff/components/pager';
import { QueryView } from '../../../staff/components/query-view';
import { PENDING_PAGE_SIZE, usePendingEssays } from '../api/pending-essays';
import { EssayCard, type EssayOutcome } from './essay-card';

/** /staff/grading: the essays waiting for the instructor, oldest first; a graded one leaves the list. */
export function GradingQueueScreen() {
  const t = useT();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const [announcement, setAnnouncement] = useState<EssayOutcome>();
  const pending = usePendingEssays(page);
  const emptiedPage = page > 1 && pending.data?.items.length === 0 && !pending.isPlaceholderData;
  // Grading the last essay of a later page leaves it empty: step back to one that has essays.
  useEffect(() => {
    if (emptiedPage) setPage((p) => p - 1);
  }, [emptiedPage]);

  return (
    <div className="page stack">
      <h1 className="page__title">{t('staff.grading.title')}</h1>
      <Announcement message={announcement?.message} tone={announcement?.tone} />
      <QueryView query={pending}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted" data-testid="grading-empty">
              {t('staff.grading.empty')}
            </p>
          ) : (
            <>
              <p className="muted">{t('staff.grading.count', { count: formatNumber(data.total, locale) })}</p>
              <ol className="essay-list">
                {data.items.map((essay) => (
                  <li key={`${essay.attemptId}/${essay.questionId}`}>
                    <EssayCard essay={essay} onDone={setAnnouncement} />
                  </li>
                ))}
              </ol>
              <Pager page={page} pageSize={PENDING_PAGE_SIZE} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}

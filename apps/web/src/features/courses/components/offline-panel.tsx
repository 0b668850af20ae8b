import type { CourseDetail } from '@lms/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Alert, Button, Card, LiveRegion } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { getSession } from '../../../lib/session';
import { useOfflineSize } from '../api/get-offline-size';
import { formatPercent } from '../../../lib/dates';
import { formatBytes } from '../../../lib/numbers';
import { downloadCourse, isOutdated, OfflineDownloadError, findOfflineCopy, removeOfflineCourse, type OfflineCopy } from '../offline/offline-course';
import { DoneIcon } from './icons';

type Phase = { kind: 'idle'; justDone?: boolean } | { kind: 'downloading'; done: number; total: number } | { kind: 'failed'; error: OfflineDownloadError } | { kind: 'removing' };

function DownloadProgress({ done, total }: { done: number; total: number }) {
  const t = useT();
  const { locale } = useLocale();
  const labelId = useId();
  const percent = total ? Math.round((100 * done) / total) : 0;
  const text = t('offline.downloading', { percent: formatPercent(percent, locale) });
  return (
    <div className="courses-progress">
      <p id={labelId} className="courses-progress__label">
        {text}
      </p>
      <div className="courses-progress__track" role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
        <div className="courses-progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/**
 * "Download for offline" on the course page: the size first, then the download with its progress,
 * then "Downloaded" with Remove, or Update once the course changed. A failed download says why
 * (no network, no room on the phone) and can be tried again; it resumes where it stopped.
 */
export function OfflinePanel({ course }: { course: CourseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const userId = getSession()?.user.id ?? '';
  const supported = typeof caches !== 'undefined' && userId !== '';
  const size = useOfflineSize(course.id, supported);
  const copyKey = ['offline-copy', userId, course.id];
  const copy = useQuery({ queryKey: copyKey, queryFn: () => findOfflineCopy(userId, course.id), networkMode: 'always', staleTime: Infinity, enabled: supported });
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const bytes = (n: number) => formatBytes(n, locale);

  if (!supported || copy.isPending) return null;
  const stored: OfflineCopy | null = copy.data ?? null;
  if (!stored && !size.data) return null; // offline, never downloaded: nothing to offer yet

  const settle = (next: OfflineCopy | null) => queryClient.setQueryData(copyKey, next);
  const download = async () => {
    setPhase({ kind: 'downloading', done: 0, total: 0 });
    try {
      settle(await downloadCourse(userId, course.id, (done, total) => setPhase({ kind: 'downloading', done, total })));
      void size.refetch();
      setPhase({ kind: 'idle', justDone: true });
    } catch (error) {
      setPhase({ kind: 'failed', error: error instanceof OfflineDownloadError ? error : new OfflineDownloadError('failed') });
      void copy.refetch();
    }
  };
  const remove = async () => {
    setPhase({ kind: 'removing' });
    await removeOfflineCourse(userId, course.id).catch(() => undefined);
    settle(null);
    setPhase({ kind: 'idle' });
  };

  const total = size.data?.bytes ?? stored?.bytes ?? 0;
  const complete = stored?.complete === true;
  const outdated = complete && isOutdated(stored, course, size.data);
  const busy = phase.kind === 'downloading' || phase.kind === 'removing';
  const failure = phase.kind === 'failed' ? phase.error : null;

  return (
    <Card className="course-offline" title={t('offline.title')} data-testid="offline-panel">
      {phase.kind === 'downloading' ? (
        <DownloadProgress done={phase.done} total={phase.total} />
      ) : complete ? (
        <p className="course-offline__state">
          <DoneIcon />
          <span>{outdated ? t('offline.outdated') : t('offline.downloaded', { size: bytes(stored.bytes) })}</span>
        </p>
      ) : (
        <p className="muted">{stored ? t('offline.stopped') : t('offline.intro')}</p>
      )}

      {failure && (
        <Alert tone="error">
          <p>
            {failure.problem === 'storage'
              ? failure.space
                ? t('offline.error.storage', { needed: bytes(failure.space.needed), free: bytes(failure.space.free) })
                : t('offline.error.storageFull')
              : t(`offline.error.${failure.problem}`)}
          </p>
        </Alert>
      )}

      {size.data && (!complete || outdated || failure) && (
        <Button block busy={phase.kind === 'downloading'} disabled={busy} onClick={() => void download()}>
          {failure || (stored && !complete)
            ? t('offline.retry', { size: bytes(total) })
            : outdated
              ? t('offline.update', { size: bytes(total) })
              : t('offline.download', { size: bytes(total) })}
        </Button>
      )}
      {stored && phase.kind !== 'downloading' && (
        <Button variant="secondary" block busy={phase.kind === 'removing'} disabled={busy} onClick={() => void remove()}>
          {t('offline.remove')}
        </Button>
      )}
      <LiveRegion>{phase.kind === 'idle' && phase.justDone && complete ? t('offline.downloaded', { size: bytes(stored.bytes) }) : null}</LiveRegion>
    </Card>
  );
}

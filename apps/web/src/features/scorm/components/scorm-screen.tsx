import type { ScormLaunch } from '@lms/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, LiveRegion, LoadError, Loading } from '../../../components/ui';
import { useOnlineStatus } from '../../../hooks/use-online-status';
import { ApiError } from '../../../lib/api-client';
import { isNotFound } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { getSession } from '../../../lib/session';
import { useScormLaunch } from '../api/get-scorm-launch';
import { useScormRuntime } from '../hooks/use-scorm-runtime';
import { startMessage } from '../lib/launcher-messages';
import { BackIcon } from './icons';
import { ScormFrame } from './scorm-frame';
import '../scorm.css';

function ScormPlayer({ launch, coursePath }: { launch: ScormLaunch; coursePath: string }) {
  const t = useT();
  const online = useOnlineStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const runtime = useScormRuntime(launch);
  const { resumeCmi } = runtime;

  // A new activity is a new page: start at its title (and tell screen readers where they are).
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const onReady = useCallback(() => {
    const user = getSession()?.user;
    return startMessage(launch, resumeCmi(), { id: user?.id ?? '', name: user?.displayName ?? '' });
  }, [launch, resumeCmi]);

  const sync = runtime.sync === 'saved' ? t(online ? 'courses.scorm.sync.saved' : 'courses.scorm.sync.savedOffline') : runtime.sync ? t(`courses.scorm.sync.${runtime.sync}`) : '';

  return (
    <>
      <header className="scorm__header">
        <p className="scorm__kind">{t('courses.kind.scorm')}</p>
        <h1 className="page__title" ref={heading} tabIndex={-1}>
          {launch.title}
        </h1>
      </header>
      {!launch.enrolled && (
        <Alert tone="info">
          <p>{t('courses.scorm.preview')}</p>
        </Alert>
      )}
      <LiveRegion>
        {runtime.completed && (
          <div className="scorm__done" data-testid="scorm-completed">
            <p>{t('courses.scorm.completed')}</p>
            <Link to={coursePath}>{t('courses.scorm.backToCourse')}</Link>
          </div>
        )}
      </LiveRegion>
      {runtime.refused && (
        <Alert tone="error">
          <p>{t('courses.scorm.refused')}</p>
        </Alert>
      )}
      <p className="muted scorm__sync" role="status">
        {sync}
      </p>
      <ScormFrame src={launch.launchUrl} origin={launch.contentOrigin} title={t('courses.scorm.frameTitle', { title: launch.title })} onReady={onReady} onCommit={runtime.commit} />
    </>
  );
}

/** /courses/:courseId/scorm/:itemId: a SCORM 1.2 package, played on the content origin, its progress saved as it goes. */
export function ScormScreen({ courseId, itemId }: { courseId: string; itemId: string }) {
  const t = useT();
  const launch = useScormLaunch(itemId);
  const coursePath = `/courses/${encodeURIComponent(courseId)}`;
  const offline = launch.isPaused || (launch.isError && launch.error instanceof ApiError && launch.error.isNetworkError);

  // The launch the package plays with, kept for the whole visit: a refetch would bring a new URL
  // and reload the package. A launch cached from earlier serves only offline, as its URL may be spent.
  const [playing, setPlaying] = useState<ScormLaunch>();
  const usable = launch.data && (launch.isFetchedAfterMount || offline) ? launch.data : undefined;
  if (usable && !playing) setPlaying(usable);

  const back = (
    <Link className="scorm__back" to={coursePath}>
      <BackIcon />
      {t('courses.scorm.backToCourse')}
    </Link>
  );

  if (!playing && launch.isError && isNotFound(launch.error)) {
    return (
      <div className="page page--narrow">
        <Card className="scorm__not-found">
          <h1 className="page__title">{t('courses.scorm.notFound.title')}</h1>
          <p>{t('courses.scorm.notFound.body')}</p>
          <Link className="btn btn--primary" to={coursePath}>
            {t('courses.scorm.backToCourse')}
          </Link>
        </Card>
      </div>
    );
  }

  return (
    <div className="page scorm">
      {back}
      {playing ? (
        <ScormPlayer launch={playing} coursePath={coursePath} />
      ) : offline ? (
        <Alert tone="warning">
          <p>{t('courses.scorm.offline')}</p>
          <Button variant="secondary" onClick={() => void launch.refetch()} busy={launch.isRefetching}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : launch.isError ? (
        <LoadError error={launch.error} onRetry={() => void launch.refetch()} busy={launch.isRefetching} />
      ) : (
        <Loading>{t('courses.scorm.loading')}</Loading>
      )}
    </div>
  );
}

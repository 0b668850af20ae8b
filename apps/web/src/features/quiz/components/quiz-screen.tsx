import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from '../../../lib/router';
import { Alert, Button, Loading } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../hooks/use-page-title';
import { queryKeys } from '../../../lib/query-keys';
import { useQuizMe } from '../api/get-quiz-me';
import { useSendLeftAnswers } from '../hooks/use-send-left-answers';
import { useStartAttempt, type OpenAttempt } from '../api/start-attempt';
import { startRefusal } from '../lib/api-errors';
import { forgetOfflineAttempt, keepOfflineAttempt, offlineAttemptOf } from '../lib/offline-attempts';
import { QuizIntro } from './quiz-intro';
import '../quiz.css';

// The attempt's own code (answers, autosave, countdown) follows the introduction: it is fetched
// while the learner reads the introduction, so the page shows sooner on a slow connection.
const loadRunner = () => import('./attempt-runner');
const AttemptRunner = lazy(() => loadRunner().then((module) => ({ default: module.AttemptRunner })));

/** /courses/:courseId/quizzes/:quizId: the quiz's introduction, then the attempt itself. */
export function QuizScreen() {
  const t = useT();
  const { quizId = '', courseId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const quiz = useQuizMe(quizId);
  const start = useStartAttempt(quizId);
  const [attempt, setAttempt] = useState<OpenAttempt | null>(null);
  usePageTitle(attempt ? 'quiz.pageTitle.taking' : 'quiz.title');
  useSendLeftAnswers(attempt ? undefined : quiz.data);
  useEffect(() => void loadRunner().catch(() => undefined), []);

  // The attempt kept on this device for going on offline (read again only when the server's view
  // of the quiz changes); forgotten once the server shows it closed.
  const kept = useMemo(() => offlineAttemptOf(quizId), [quizId, quiz.data]);
  const closed = kept !== null && (quiz.data?.attempts.some((a) => a.id === kept.attempt.id && a.status !== 'in_progress') ?? false);
  const keptOpen = closed ? null : kept;
  useEffect(() => {
    if (closed) forgetOfflineAttempt(kept.attempt.id);
  }, [closed, kept]);
  // No connection and an attempt started here earlier: go on with it, from the device's copy.
  const offline = !attempt && !quiz.data && quiz.isError && startRefusal(quiz.error).kind === 'network' ? keptOpen : null;
  const taking = attempt && quiz.data ? { quiz: quiz.data, attempt } : offline;

  if (taking)
    return (
      <Suspense fallback={<Loading />}>
        <AttemptRunner key={taking.attempt.id} quiz={taking.quiz} attempt={taking.attempt} />
      </Suspense>
    );

  const begin = () =>
    start.mutate(undefined, {
      onSuccess: (opened) => {
        if (opened.status !== 'in_progress') return navigate(`/attempts/${opened.id}`);
        if (quiz.data) keepOfflineAttempt(quiz.data, opened);
        setAttempt(opened);
      },
      onError: (error) => {
        // Offline, with this attempt kept on the device: go on with it.
        if (startRefusal(error).kind === 'network' && keptOpen) return setAttempt(keptOpen.attempt);
        // What the learner may do has changed (an attempt used up elsewhere…): show it as it now is.
        void queryClient.invalidateQueries({ queryKey: queryKeys.quiz(quizId) });
      },
    });

  if (quiz.data) return <QuizIntro quiz={quiz.data} starting={start.isPending} refusal={start.isError ? startRefusal(start.error) : null} onStart={begin} />;

  if (quiz.isError) {
    const refusal = startRefusal(quiz.error);
    return (
      <div className="page stack">
        <h1 className="page__title">{t(refusal.kind === 'not-found' ? 'quiz.notFound' : 'quiz.title')}</h1>
        <Alert tone="error">
          <p>{t(refusal.kind === 'not-found' ? 'quiz.notFoundBody' : refusal.kind === 'not-ready' ? 'quiz.start.notReady' : refusal.kind === 'network' ? 'errors.network' : 'errors.generic')}</p>
          {refusal.kind === 'network' || refusal.kind === 'other' ? (
            <Button variant="secondary" onClick={() => void quiz.refetch()}>
              {t('common.retry')}
            </Button>
          ) : null}
        </Alert>
        {courseId && (
          <p>
            <Link to={`/courses/${courseId}`}>{t('quiz.backToCourse')}</Link>
          </p>
        )}
      </div>
    );
  }

  return (
    <p className="page" role="status">
      {t('common.loading')}
    </p>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from '../../../lib/router';
import type { AnswerValue, QuizLearnerView } from '@lms/contracts';
import { Alert, Button, LiveRegion } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { queryKeys } from '../../../lib/query-keys';
import type { OpenAttempt } from '../api/start-attempt';
import { submitAttempt } from '../api/submit-attempt';
import { useAutosave } from '../hooks/use-autosave';
import { answerToSend, countUnanswered, isAnswered, type Answers } from '../lib/answers';
import { forgetOfflineAttempt, isSubmitQueued, keepAnswer, offlineAttempt, queueSubmit, subscribeOfflineAttempts } from '../lib/offline-attempts';
import { clearPending, readPending } from '../lib/pending-answers';
import { useOnlineStatus } from '../../../hooks/use-online-status';
import { sendOfflineQuizWork } from '../lib/offline-sync';
import { Countdown } from './countdown';
import { QuestionCard } from './question-card';
import { QuestionOverview } from './question-overview';
import { SaveStatus } from './save-status';
import { SubmitConfirm } from './submit-confirm';

/** The server's answers, with what this device changed and has not sent yet laid over them. */
function initialAnswers(attempt: OpenAttempt): Answers {
  const answers: Answers = Object.fromEntries(attempt.questions.map((question) => [question.id, question.answer ?? null]));
  for (const pending of readPending(attempt.id)) if (pending.questionId in answers) answers[pending.questionId] = pending.answer;
  return answers;
}

/** `queued`: submitted on this device without a connection, waiting to reach the server. */
type Phase = 'taking' | 'confirming' | 'submitting' | 'expired' | 'queued';
type Problem = 'offline' | 'failed' | null;

interface AttemptRunnerProps {
  quiz: QuizLearnerView;
  attempt: OpenAttempt;
}

/**
 * Taking an attempt: one question per screen, previous/next and an overview to jump, a countdown
 * when the quiz is timed (submitting by itself at zero), autosave, and submitting after a
 * confirmation that says what is still unanswered.
 */
export function AttemptRunner({ quiz, attempt }: AttemptRunnerProps) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const questions = attempt.questions;
  const [answers, setAnswers] = useState(() => initialAnswers(attempt));
  const [index, setIndex] = useState(() => Math.max(0, questions.findIndex((question) => !isAnswered(answers[question.id]))));
  const [phase, setPhase] = useState<Phase>(() => (isSubmitQueued(attempt.id) ? 'queued' : 'taking'));
  const online = useOnlineStatus();
  const [problem, setProblem] = useState<Problem>(null);
  const legend = useRef<HTMLLegendElement>(null);
  const submitting = useRef(false);
  const timeUp = useRef(false);

  const goToResult = useCallback(() => {
    forgetOfflineAttempt(attempt.id);
    void queryClient.invalidateQueries({ queryKey: queryKeys.quiz(quiz.id) });
    queryClient.removeQueries({ queryKey: queryKeys.attempt(attempt.id) });
    navigate(`/attempts/${attempt.id}`);
  }, [attempt.id, navigate, queryClient, quiz.id]);

  const autosave = useAutosave(attempt.id, attempt.expiresAt, goToResult);
  const { flushAll, record } = autosave;

  const submit = useCallback(
    async (auto: boolean) => {
      if (submitting.current) return;
      submitting.current = true;
      setPhase(auto ? 'expired' : 'submitting');
      // A retry after time ran out keeps its message, rather than saying it again every time.
      if (!auto) setProblem(null);
      try {
        const outcome = await flushAll();
        if (outcome === 'closed') return; // autosave has gone to the result
        if (outcome === 'offline') return queueOffline(auto);
        // When time is up the server closes the attempt anyway: submit what it has.
        if (!auto && outcome !== 'saved') {
          setProblem('failed');
          setPhase(timeUp.current ? 'expired' : 'confirming');
          return;
        }
        await submitAttempt(attempt.id);
        clearPending(attempt.id);
        goToResult();
      } catch (error) {
        if (error instanceof ApiError && error.statusCode === 409) return goToResult();
        if (error instanceof ApiError && error.isNetworkError) return queueOffline(auto);
        setProblem('failed');
        setPhase(auto || timeUp.current ? 'expired' : 'confirming');
      } finally {
        submitting.current = false;
      }
    },
    [attempt.id, flushAll, goToResult],
  );

  /**
   * No connection at submit: the submit waits on this device with the answers, and the sync task
   * (lib/offline-sync.ts) sends both once the connection is back. Time up offline: the server
   * submits the attempt at its deadline anyway, with the answers it received in time.
   */
  function queueOffline(auto: boolean) {
    queueSubmit(attempt.id);
    setProblem(auto || timeUp.current ? 'offline' : null);
    setPhase(auto || timeUp.current ? 'expired' : 'queued');
  }

  // A submit waiting on this device: once the sync task has sent it (the device copy is gone), the result.
  useEffect(() => {
    if ((phase !== 'queued' && phase !== 'expired') || !offlineAttempt(attempt.id)) return;
    const check = () => {
      if (!offlineAttempt(attempt.id)) goToResult();
    };
    // The app's sync runner sends it too, wherever the learner is; here it goes at once.
    const send = () => void sendOfflineQuizWork().catch(() => undefined);
    window.addEventListener('online', send);
    const unsubscribe = subscribeOfflineAttempts(check);
    return () => {
      window.removeEventListener('online', send);
      unsubscribe();
    };
  }, [attempt.id, goToResult, phase]);

  // Time ran out and the submit did not get through: try again when the connection is back, and
  // every 15 s in case the browser thinks it is online when it is not.
  useEffect(() => {
    if (phase !== 'expired' || !problem) return;
    const retry = () => void submit(true);
    window.addEventListener('online', retry);
    const timer = setInterval(retry, 15_000);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [phase, problem, submit]);

  const expire = () => {
    timeUp.current = true;
    void submit(true);
  };

  // Opening a question (at the start, moving on, back from the confirmation) takes the focus to
  // its number, so it is read from the start and the focus is never left on a vanished button.
  useEffect(() => {
    const heading = legend.current;
    if (phase !== 'taking' || !heading) return;
    heading.focus({ preventScroll: true });
    // jsdom has no scrollIntoView; browsers keep the number clear of the sticky bars (scroll-margin).
    heading.scrollIntoView?.({ block: 'nearest' });
  }, [index, phase]);

  const change = (questionId: string, answer: AnswerValue | null) => {
    setAnswers((current) => ({ ...current, [questionId]: answer }));
    const sent = answerToSend(answer);
    record(questionId, sent);
    keepAnswer(attempt.id, questionId, sent);
  };

  const jump = (next: number) => {
    setIndex(Math.min(Math.max(next, 0), questions.length - 1));
    if (phase === 'confirming') setPhase('taking');
  };

  const question = questions[index];
  const last = index === questions.length - 1;
  const answered = questions.map((q) => isAnswered(answers[q.id]));
  const unanswered = countUnanswered(
    questions.map((q) => q.id),
    answers,
  );

  return (
    <div className="page quiz">
      <h1 className="page__title" lang={quiz.locale}>
        {quiz.title}
      </h1>
      <div className="quiz-bar">
        {autosave.expiresAt && phase !== 'queued' && <Countdown expiresAt={autosave.expiresAt} clockOffsetMs={autosave.clockOffsetMs} onExpire={expire} />}
        <SaveStatus state={autosave.state} />
      </div>

      <LiveRegion>
        {problem === 'offline' && (
          <Alert tone="warning">
            <p>{t('quiz.submit.expiredOffline')}</p>
          </Alert>
        )}
      </LiveRegion>
      {problem === 'failed' && (
        <Alert tone="error">
          <p>{t('quiz.submit.failed')}</p>
        </Alert>
      )}

      {!online && autosave.expiresAt && (phase === 'taking' || phase === 'confirming') && (
        <Alert tone="warning">
          <p>{t('quiz.offline.timed')}</p>
        </Alert>
      )}

      {phase === 'queued' ? (
        <div className="card stack" role="status" data-testid="submit-queued">
          <p>{t('quiz.submit.queued')}</p>
          {online && (
            <Button variant="secondary" onClick={() => void sendOfflineQuizWork().catch(() => undefined)}>
              {t('quiz.submit.sendNow')}
            </Button>
          )}
        </div>
      ) : phase === 'expired' ? (
        <div className="card" role="status">
          <p className="quiz-expired">{t('quiz.timer.expired')}</p>
        </div>
      ) : phase === 'confirming' || phase === 'submitting' ? (
        <SubmitConfirm total={questions.length} unanswered={unanswered} busy={phase === 'submitting'} onConfirm={() => void submit(false)} onCancel={() => setPhase('taking')} />
      ) : (
        <>
          <div className="card">
            <QuestionCard
              key={question.id}
              question={question}
              number={index + 1}
              total={questions.length}
              value={answers[question.id] ?? null}
              onChange={(answer) => change(question.id, answer)}
              headingRef={legend}
            />
          </div>
          <div className="quiz-actions quiz-actions--nav">
            <Button variant="secondary" onClick={() => jump(index - 1)} disabled={index === 0}>
              {t('quiz.nav.previous')}
            </Button>
            {last ? (
              <Button onClick={() => setPhase('confirming')}>{t('quiz.nav.finish')}</Button>
            ) : (
              <Button onClick={() => jump(index + 1)}>{t('quiz.nav.next')}</Button>
            )}
          </div>
        </>
      )}

      {phase !== 'expired' && phase !== 'queued' && (
        <>
          <QuestionOverview total={questions.length} current={index} answered={answered} onJump={jump} />
          {phase === 'taking' && !last && (
            <Button variant="ghost" block onClick={() => setPhase('confirming')}>
              {t('quiz.nav.finishEarly')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}

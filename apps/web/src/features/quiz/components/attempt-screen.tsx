import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from '../../../lib/router';
import { Alert, Button, LiveRegion } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { useLocale, useT } from '../../../lib/i18n';
import { queryKeys } from '../../../lib/query-keys';
import { useAttempt } from '../api/get-attempt';
import { useQuizMe } from '../api/get-quiz-me';
import { formatPercent } from '../lib/format';
import { ResultQuestion } from './result-question';
import { percentOf, ResultSummary } from './result-summary';
import '../quiz.css';

/**
 * /attempts/:attemptId: "being graded" while the worker grades (asking again every 1.5 s), then
 * the score, passed or not, and each question with the learner's answer, feedback and the right
 * answer as the quiz allows. Results are shown only once the server has graded: before that the
 * page shows no answers at all.
 */
export function AttemptScreen() {
  const t = useT();
  const { locale } = useLocale();
  const { attemptId = '' } = useParams();
  const queryClient = useQueryClient();
  const attempt = useAttempt(attemptId);
  const quiz = useQuizMe(attempt.data?.quizId);
  const status = attempt.data?.status;
  const courseId = quiz.data?.courseId;
  const graded = status === 'graded' || status === 'needs_review';
  const sawGrading = useRef(false);
  const [announcement, setAnnouncement] = useState('');

  // A graded quiz moves the course on (progress, completion, a certificate): refresh those views.
  useEffect(() => {
    if (!graded || !courseId) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.enrolments });
    void queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
  }, [graded, courseId, queryClient]);

  // Say when the grading the learner was waiting for is done.
  useEffect(() => {
    if (status === 'submitted') sawGrading.current = true;
    else if (graded && sawGrading.current && attempt.data) {
      sawGrading.current = false;
      const percent = percentOf(attempt.data);
      setAnnouncement(status === 'needs_review' ? t('quiz.result.needsReview') : t(attempt.data.passed ? 'quiz.result.gradedPassed' : 'quiz.result.gradedNotPassed', { percent: formatPercent(percent ?? 0, locale) }));
    }
  }, [status, graded, attempt.data, t, locale]);

  const data = attempt.data;
  const left = quiz.data && (quiz.data.maxAttempts === null || quiz.data.attemptsUsed < quiz.data.maxAttempts);
  const quizPath = quiz.data ? `/courses/${quiz.data.courseId}/quizzes/${quiz.data.id}` : null;

  return (
    <div className="page stack quiz">
      <div>
        <h1 className="page__title">{t('quiz.result.title')}</h1>
        {quiz.data && (
          <p className="muted" lang={quiz.data.locale}>
            {quiz.data.title}
          </p>
        )}
      </div>
      <LiveRegion>{announcement}</LiveRegion>

      {!data && attempt.isError && (
        <Alert tone="error">
          <p>{attempt.error instanceof ApiError && attempt.error.statusCode === 404 ? t('quiz.result.notFound') : genericErrorMessage(t, attempt.error)}</p>
          {!(attempt.error instanceof ApiError && attempt.error.statusCode === 404) && (
            <Button variant="secondary" onClick={() => void attempt.refetch()}>
              {t('common.retry')}
            </Button>
          )}
        </Alert>
      )}
      {!data && !attempt.isError && <p role="status">{t('common.loading')}</p>}

      {data?.status === 'in_progress' && (
        <Alert tone="info">
          <p>{t('quiz.result.stillOpen')}</p>
          {quizPath && (
            <p>
              <Link to={quizPath}>{t('quiz.result.continue')}</Link>
            </p>
          )}
        </Alert>
      )}

      {data?.status === 'submitted' && (
        <div className="card quiz-grading" role="status">
          <span className="spinner" aria-hidden="true" />
          <p>{t('quiz.result.grading')}</p>
        </div>
      )}

      {data && graded && (
        <>
          <ResultSummary attempt={data} passPercent={quiz.data?.passPercent} />
          <section className="stack" aria-labelledby="quiz-answers-title">
            <h2 id="quiz-answers-title">{t('quiz.result.answers')}</h2>
            <ol className="quiz-result-list">
              {data.questions.map((question, index) => (
                <ResultQuestion key={question.id} question={question} number={index + 1} />
              ))}
            </ol>
          </section>
        </>
      )}

      <div className="quiz-actions">
        {data && graded && left && quizPath && (
          <Link className="btn btn--primary" to={quizPath}>
            {t('quiz.result.tryAgain')}
          </Link>
        )}
        {courseId && (
          <Link className="btn btn--secondary" to={`/courses/${courseId}`}>
            {t('quiz.backToCourse')}
          </Link>
        )}
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import { Button, LoadError, Loading } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatDecimal } from '../../../lib/numbers';
import { useQuizWords } from '../../../staff/hooks/use-quiz-words';
// The learner's own way of writing an answer in words, so the grader reads what the learner chose.
import { AnswerView } from '../../quiz/components/answer-view';
import { useAttempt } from '../api/pending-essays';

/**
 * The rest of the attempt an essay belongs to, opened on demand: each question, the learner's
 * answer and its marks so far, so a grader can judge the essay with the whole attempt in view.
 */
export function AttemptDetails({ attemptId, essayQuestionId }: { attemptId: string; essayQuestionId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const attempt = useAttempt(attemptId, open);
  const wordsReady = useQuizWords();

  return (
    <section className="essay-card__part">
      <Button variant="ghost" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t(open ? 'staff.grading.attempt.hide' : 'staff.grading.attempt.show')}
      </Button>
      {open && (
        <div id={panelId}>
          {attempt.data && wordsReady ? (
            <>
              <p className="muted">
                {attempt.data.score === null
                  ? t('staff.grading.attempt.scorePending', { max: formatDecimal(attempt.data.maxScore, locale) })
                  : t('staff.grading.attempt.score', { score: formatDecimal(attempt.data.score, locale), max: formatDecimal(attempt.data.maxScore, locale) })}
              </p>
              <ol className="essay-attempt" data-testid="attempt-details">
                {attempt.data.questions.map((question) => (
                  <li key={question.id} className={question.id === essayQuestionId ? 'essay-attempt__q essay-attempt__q--this' : 'essay-attempt__q'}>
                    <div className="quiz-html" dangerouslySetInnerHTML={{ __html: question.prompt }} />
                    <p>
                      <AnswerView question={question} answer={question.answer} />
                    </p>
                    <p className="muted">
                      {question.id === essayQuestionId
                        ? t('staff.grading.attempt.thisEssay')
                        : question.result?.score === null || question.result?.score === undefined
                          ? t('staff.grading.attempt.notMarked')
                          : t('staff.grading.attempt.marks', { score: formatDecimal(question.result.score, locale), max: formatDecimal(question.result.maxScore, locale) })}
                    </p>
                  </li>
                ))}
              </ol>
            </>
          ) : attempt.isError ? (
            <LoadError error={attempt.error} onRetry={() => void attempt.refetch()} busy={attempt.isRefetching} />
          ) : (
            <Loading paused={attempt.isPaused} />
          )}
        </div>
      )}
    </section>
  );
}

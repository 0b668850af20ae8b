import type { AttemptView } from '@lms/contracts';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber, formatPercent } from '../lib/format';

export function percentOf(attempt: Pick<AttemptView, 'score' | 'maxScore'>): number | null {
  if (attempt.score === null) return null;
  return attempt.maxScore > 0 ? (attempt.score / attempt.maxScore) * 100 : 100;
}

/** The score in marks and percent, passed or not against the pass mark; for essays still waiting, that the score is not final. */
export function ResultSummary({ attempt, passPercent }: { attempt: AttemptView; passPercent: number | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  const percent = percentOf(attempt);
  const waiting = attempt.status === 'needs_review';
  const tone = waiting ? 'waiting' : attempt.passed ? 'passed' : 'failed';

  return (
    <section className={`card quiz-summary quiz-summary--${tone}`} aria-labelledby="quiz-summary-title">
      <h2 className="card__title" id="quiz-summary-title">
        {t(waiting ? 'quiz.result.scoreSoFar' : 'quiz.result.score')}
      </h2>
      {percent !== null && (
        <p className="quiz-summary__score">
          <span className="quiz-summary__percent">{formatPercent(percent, locale)}</span>{' '}
          <span className="muted">{t('quiz.result.marksValue', { score: formatNumber(attempt.score ?? 0, locale), max: formatNumber(attempt.maxScore, locale) })}</span>
        </p>
      )}
      {waiting ? (
        <p>{t('quiz.result.needsReview')}</p>
      ) : (
        <p className="quiz-summary__verdict">{t(attempt.passed ? 'quiz.result.passedLong' : 'quiz.result.notPassedLong')}</p>
      )}
      {passPercent !== undefined && <p className="muted">{t('quiz.result.passMark', { percent: formatPercent(passPercent, locale) })}</p>}
    </section>
  );
}

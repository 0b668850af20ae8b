import { Link } from '../../../lib/router';
import type { AttemptSummary } from '@lms/contracts';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/dates';
import { formatPercent } from '../lib/format';

const STATUS: Record<AttemptSummary['status'], MessageKey> = {
  in_progress: 'quiz.attempt.inProgress',
  submitted: 'quiz.attempt.submitted',
  graded: 'quiz.attempt.graded',
  needs_review: 'quiz.attempt.needsReview',
};

/** The learner's attempts at a quiz, newest last, each closed one linking to its result. */
export function AttemptList({ attempts }: { attempts: readonly AttemptSummary[] }) {
  const t = useT();
  const { locale } = useLocale();
  const ordered = [...attempts].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return (
    <ol className="quiz-attempts">
      {ordered.map((attempt, index) => {
        const percent = attempt.score !== null && attempt.maxScore > 0 ? (attempt.score / attempt.maxScore) * 100 : null;
        const label = t('quiz.attempt.number', { number: index + 1 });
        const outcome =
          attempt.status === 'graded' && percent !== null
            ? `${formatPercent(percent, locale)} · ${t(attempt.passed ? 'quiz.result.passed' : 'quiz.result.notPassed')}`
            : t(STATUS[attempt.status]);
        return (
          <li className="quiz-attempts__item" key={attempt.id}>
            {attempt.status === 'in_progress' ? <span className="quiz-attempts__name">{label}</span> : <Link className="quiz-attempts__name" to={`/attempts/${attempt.id}`}>{label}</Link>}
            <span className="muted">{formatDateTime(attempt.submittedAt ?? attempt.startedAt, locale)}</span>
            <span className={attempt.passed ? 'quiz-attempts__outcome quiz-attempts__outcome--passed' : 'quiz-attempts__outcome'}>{outcome}</span>
          </li>
        );
      })}
    </ol>
  );
}

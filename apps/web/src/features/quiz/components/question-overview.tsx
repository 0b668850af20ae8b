import { useT } from '../../../lib/i18n';

interface QuestionOverviewProps {
  total: number;
  current: number;
  answered: readonly boolean[];
  onJump: (index: number) => void;
}

/** Every question's number, marked answered or not, to jump straight to any of them. */
export function QuestionOverview({ total, current, answered, onJump }: QuestionOverviewProps) {
  const t = useT();
  const done = answered.filter(Boolean).length;
  return (
    <nav className="quiz-overview" aria-label={t('quiz.overview.label')}>
      <p className="quiz-overview__count muted">{t('quiz.overview.count', { answered: done, total })}</p>
      <ol className="quiz-overview__list">
        {Array.from({ length: total }, (_, index) => (
          <li key={index}>
            <button
              type="button"
              className={['quiz-overview__item', answered[index] ? 'quiz-overview__item--answered' : ''].filter(Boolean).join(' ')}
              aria-current={index === current ? 'step' : undefined}
              aria-label={t(answered[index] ? 'quiz.overview.answered' : 'quiz.overview.unanswered', { number: index + 1 })}
              onClick={() => onJump(index)}
            >
              {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { AttemptQuestionView } from '@lms/contracts';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatNumber } from '../lib/format';
import { AnswerView } from './answer-view';

type Verdict = 'correct' | 'partial' | 'incorrect' | 'pending';

const VERDICT: Record<Verdict, MessageKey> = {
  correct: 'quiz.result.correct',
  partial: 'quiz.result.partial',
  incorrect: 'quiz.result.incorrect',
  pending: 'quiz.result.awaitingTeacher',
};

const ICON: Record<Verdict, string> = { correct: '✓', partial: '½', incorrect: '✗', pending: '…' };

function verdictOf(result: NonNullable<AttemptQuestionView['result']>): Verdict {
  if (result.correct === null) return 'pending';
  if (result.correct) return 'correct';
  return (result.score ?? 0) > 0 ? 'partial' : 'incorrect';
}

/**
 * One graded question: its prompt, the learner's answer in words, right or not, the marks, the
 * feedback, the right answer (when the quiz shows it and the answer was not right) and the
 * teacher's comment.
 */
export function ResultQuestion({ question, number }: { question: AttemptQuestionView; number: number }) {
  const t = useT();
  const { locale } = useLocale();
  const result = question.result;
  const verdict = result ? verdictOf(result) : null;

  return (
    <li className={`quiz-result-q${verdict ? ` quiz-result-q--${verdict}` : ''}`}>
      <h3 className="quiz-result-q__title">
        {t('quiz.result.questionNumber', { number })}
        {verdict && (
          <span className="quiz-verdict">
            <span className="quiz-verdict__icon" aria-hidden="true">
              {ICON[verdict]}
            </span>
            {t(VERDICT[verdict])}
          </span>
        )}
      </h3>
      <div className="quiz-html quiz-result-q__prompt" dangerouslySetInnerHTML={{ __html: question.prompt }} />
      <dl className="quiz-result-q__facts">
        <div>
          <dt>{t('quiz.result.yourAnswer')}</dt>
          <dd>
            <AnswerView question={question} answer={question.answer} />
          </dd>
        </div>
        {result && result.score !== null && (
          <div>
            <dt>{t('quiz.result.marks')}</dt>
            <dd>{t('quiz.result.marksValue', { score: formatNumber(result.score, locale), max: formatNumber(result.maxScore, locale) })}</dd>
          </div>
        )}
        {result && result.rightAnswer !== undefined && verdict !== 'correct' && (
          <div>
            <dt>{t('quiz.result.rightAnswer')}</dt>
            <dd>
              <AnswerView question={question} answer={result.rightAnswer} />
            </dd>
          </div>
        )}
        {result && result.feedback.length > 0 && (
          <div>
            <dt>{t('quiz.result.feedback')}</dt>
            <dd>
              <ul className="quiz-answer-list">
                {result.feedback.map((html, index) => (
                  <li key={index} className="quiz-html" dangerouslySetInnerHTML={{ __html: html }} />
                ))}
              </ul>
            </dd>
          </div>
        )}
        {result?.comment && (
          <div>
            <dt>{t('quiz.result.comment')}</dt>
            <dd className="quiz-answer-text">{result.comment}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

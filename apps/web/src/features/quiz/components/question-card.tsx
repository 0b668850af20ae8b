import { useId, type Ref } from 'react';
import type { AnswerValue, AttemptQuestion } from '@lms/contracts';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../lib/format';
import { QuestionInput } from './question-input';

interface QuestionCardProps {
  question: AttemptQuestion;
  number: number;
  total: number;
  value: AnswerValue | null;
  onChange: (value: AnswerValue | null) => void;
  /** The legend, focused when the learner moves to this question. */
  headingRef?: Ref<HTMLLegendElement>;
}

/**
 * One question: a fieldset named by its number and its prompt (so a screen reader says both on
 * entering it), the prompt as the server's sanitised HTML, and the input for its type. A
 * missing-word question shows its prompt above the input, which stands for the blank.
 */
export function QuestionCard({ question, number, total, value, onChange, headingRef }: QuestionCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const legendId = `${id}-legend`;
  const promptId = `${id}-prompt`;
  const choice = question.type === 'single_choice' || question.type === 'multiple_choice' || question.type === 'true_false' || question.type === 'matching';

  return (
    <fieldset className="quiz-question" aria-labelledby={`${legendId} ${promptId}`}>
      <legend className="quiz-question__legend" id={legendId} ref={headingRef} tabIndex={-1}>
        <span className="quiz-question__number">{t('quiz.question.number', { number, total })}</span>{' '}
        <span className="quiz-question__points muted">
          {t(question.points === 1 ? 'quiz.question.point' : 'quiz.question.points', { points: formatNumber(question.points, locale) })}
        </span>
      </legend>
      <div className="quiz-question__prompt quiz-html" id={promptId} dangerouslySetInnerHTML={{ __html: question.prompt }} />
      {question.blankAt !== undefined && <p className="quiz-question__hint muted">{t(choice ? 'quiz.question.blankChoose' : 'quiz.question.blankType')}</p>}
      {question.type === 'multiple_choice' && <p className="quiz-question__hint muted">{t('quiz.question.chooseAll')}</p>}
      <QuestionInput question={question} value={value} onChange={onChange} />
    </fieldset>
  );
}

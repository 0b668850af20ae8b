import type { AnswerValue, AttemptQuestion } from '@lms/contracts';
import { useT } from '../../../lib/i18n';
import { ChoiceInput } from './choice-input';
import { MatchingInput } from './matching-input';
import { NumericInput } from './numeric-input';
import { TextAnswerInput } from './text-answer-input';

interface QuestionInputProps {
  question: AttemptQuestion;
  value: AnswerValue | null;
  onChange: (value: AnswerValue | null) => void;
}

/** The input for a question's type, giving answers in the shape the contract sets for it. */
export function QuestionInput({ question, value, onChange }: QuestionInputProps) {
  const t = useT();
  const name = `q-${question.id}`;
  const blank = question.blankAt !== undefined;
  const options = (question.options ?? []).map((option) => ({ value: option.id, label: option.text }));

  switch (question.type) {
    case 'single_choice':
      return <ChoiceInput name={name} options={options} value={value} onChange={onChange} />;
    case 'multiple_choice':
      return <ChoiceInput name={name} options={options} value={value} multiple onChange={onChange} />;
    case 'true_false':
      return (
        <ChoiceInput
          name={name}
          options={[
            { value: true, label: t('quiz.answer.true'), plain: true },
            { value: false, label: t('quiz.answer.false'), plain: true },
          ]}
          value={value}
          onChange={onChange}
        />
      );
    case 'short_answer':
    case 'essay':
      return <TextAnswerInput value={typeof value === 'string' ? value : ''} multiline={question.type === 'essay'} blank={blank} onChange={onChange} />;
    case 'numeric':
      return <NumericInput value={typeof value === 'number' ? value : null} blank={blank} onChange={onChange} />;
    case 'matching':
      return <MatchingInput prompts={question.prompts ?? []} options={question.options ?? []} value={value} onChange={onChange} />;
    default:
      return <p className="muted">{t('quiz.answer.unsupported')}</p>;
  }
}

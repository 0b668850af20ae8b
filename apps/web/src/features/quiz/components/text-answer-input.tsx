import { useId } from 'react';
import { TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

/** The longest answers the server keeps, in characters. */
const MAX_SHORT_ANSWER = 1_000;
const MAX_ESSAY = 50_000;

interface TextAnswerInputProps {
  value: string;
  multiline: boolean;
  /** A missing-word question: the input stands for the blank in the prompt above. */
  blank?: boolean;
  onChange: (value: string) => void;
}

/** A short answer (one line) or an essay (a tall text area). */
export function TextAnswerInput({ value, multiline, blank = false, onChange }: TextAnswerInputProps) {
  const t = useT();
  const id = useId();
  if (!multiline) {
    return (
      <TextField
        label={t(blank ? 'quiz.answer.blankLabel' : 'quiz.answer.label')}
        value={value}
        maxLength={MAX_SHORT_ANSWER}
        autoComplete="off"
        autoCapitalize="off"
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('quiz.answer.label')}
      </label>
      <textarea
        className="field__input quiz-essay"
        id={id}
        rows={8}
        value={value}
        maxLength={MAX_ESSAY}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

import { useState } from 'react';
import { TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { parseNumber } from '../lib/answers';

interface NumericInputProps {
  value: number | null;
  blank?: boolean;
  /** A number, or null when the field is emptied; text that is not a number yet is not sent. */
  onChange: (value: number | null) => void;
}

/**
 * A number, typed as text so that "3,5", "-" or "3." can be on their way to a number: the phone
 * shows its decimal keypad (inputMode), and what parses is sent.
 */
export function NumericInput({ value, blank = false, onChange }: NumericInputProps) {
  const t = useT();
  const [text, setText] = useState(() => (value === null ? '' : String(value)));
  const parsed = parseNumber(text);
  const invalid = parsed !== null && Number.isNaN(parsed);

  return (
    <TextField
      label={t(blank ? 'quiz.answer.blankLabel' : 'quiz.answer.label')}
      hint={t('quiz.answer.numberHint')}
      error={invalid ? t('quiz.answer.numberInvalid') : undefined}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const next = parseNumber(event.target.value);
        if (next === null || !Number.isNaN(next)) onChange(next);
      }}
    />
  );
}

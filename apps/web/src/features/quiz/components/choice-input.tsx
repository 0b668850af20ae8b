import type { AnswerValue } from '@lms/contracts';

export interface ChoiceOption {
  /** The value sent: an option id, or true/false. */
  value: string | boolean;
  /** Sanitised HTML, or plain text when `plain` is set. */
  label: string;
  plain?: boolean;
}

interface ChoiceInputProps {
  name: string;
  options: readonly ChoiceOption[];
  value: AnswerValue | null;
  multiple?: boolean;
  onChange: (value: AnswerValue | null) => void;
}

/**
 * Radios (one answer) or checkboxes (several) as large rows: the whole row is the label, so a
 * thumb anywhere on it chooses the option. The fieldset around them is the question's.
 */
export function ChoiceInput({ name, options, value, multiple = false, onChange }: ChoiceInputProps) {
  const chosen = new Set<string | boolean>(Array.isArray(value) ? value : value === null || typeof value === 'object' ? [] : [value as string | boolean]);

  const toggle = (option: ChoiceOption, checked: boolean) => {
    if (!multiple) return onChange(option.value);
    const next = new Set(chosen);
    if (checked) next.add(option.value);
    else next.delete(option.value);
    // Keep the order the options are shown in.
    onChange(options.filter((o) => next.has(o.value)).map((o) => o.value as string));
  };

  return (
    <div className="quiz-options">
      {options.map((option) => (
        <label className="quiz-option" key={String(option.value)}>
          <input
            className="quiz-option__control"
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={String(option.value)}
            checked={chosen.has(option.value)}
            onChange={(event) => toggle(option, event.target.checked)}
          />
          {option.plain ? <span className="quiz-option__text">{option.label}</span> : <span className="quiz-option__text" dangerouslySetInnerHTML={{ __html: option.label }} />}
        </label>
      ))}
    </div>
  );
}

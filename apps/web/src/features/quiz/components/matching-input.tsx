import { useId } from 'react';
import type { AnswerValue } from '@lms/contracts';
import { useT } from '../../../lib/i18n';
import { htmlToText } from '../lib/html-text';

interface MatchingInputProps {
  prompts: readonly { id: string; text: string }[];
  options: readonly { id: string; text: string }[];
  value: AnswerValue | null;
  /** An object from prompt id to option id; a prompt left on "Choose…" is left out. */
  onChange: (value: Record<string, string>) => void;
}

/** One select per left-hand item, each offering every right-hand item. */
export function MatchingInput({ prompts, options, value, onChange }: MatchingInputProps) {
  const t = useT();
  const baseId = useId();
  const chosen: Record<string, string> = value && typeof value === 'object' && !Array.isArray(value) ? value : {};

  const choose = (promptId: string, optionId: string) => {
    const next = { ...chosen };
    if (optionId) next[promptId] = optionId;
    else delete next[promptId];
    onChange(next);
  };

  return (
    <div className="quiz-matching">
      {prompts.map((prompt, index) => {
        const id = `${baseId}-${index}`;
        return (
          <div className="field quiz-matching__row" key={prompt.id}>
            <label className="field__label quiz-matching__prompt" htmlFor={id} dangerouslySetInnerHTML={{ __html: prompt.text }} />
            <select className="field__input field__select" id={id} value={chosen[prompt.id] ?? ''} onChange={(event) => choose(prompt.id, event.target.value)}>
              <option value="">{t('quiz.answer.choose')}</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {htmlToText(option.text)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field, as TextField: hint and error are read with it. */
export function TextArea({ label, hint, error, className, ref, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea ref={ref} className="field__input field__textarea" {...control} {...textarea} />}
    </Field>
  );
}

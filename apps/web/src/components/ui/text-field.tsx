import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A short help text under the label. */
  hint?: string;
  /** A field-level error; marks the input invalid and is read with it. */
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, className, ref, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <input ref={ref} className="field__input" {...control} {...input} />}
    </Field>
  );
}

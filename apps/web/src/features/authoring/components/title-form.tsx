import { useState, type FormEvent } from 'react';
import { Button, TextArea, TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

/**
 * A short "add" form: a title, and for a lesson its Markdown text. Checked before sending; cleared
 * once `onAdd` resolves, kept (with what was typed) when it fails.
 */
export function TitleForm({ titleLabel, textLabel, submitLabel, lang, onAdd, busy }: { titleLabel: string; textLabel?: string; submitLabel: string; lang?: string; onAdd: (title: string, text: string) => Promise<unknown>; busy: boolean }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setProblem(t('staff.form.required'));
    if (title.trim().length > 200) return setProblem(t('staff.form.tooLong', { max: 200 }));
    setProblem(undefined);
    try {
      await onAdd(title.trim(), text);
      setTitle('');
      setText('');
    } catch {
      // the screen shows why; what was typed stays
    }
  };

  return (
    <form className="staff-form staff-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={titleLabel} value={title} onChange={(e) => setTitle(e.target.value)} error={problem} lang={lang} />
      {textLabel && <TextArea label={textLabel} value={text} onChange={(e) => setText(e.target.value)} lang={lang} rows={6} />}
      <Button type="submit" variant="secondary" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}

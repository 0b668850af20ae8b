import type { QuestionBankView } from '@lms/contracts';
import { useState, type FormEvent } from 'react';
import { Button, SelectField, TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

/** "Add quiz" to a module: its title, the bank it draws every question from, and the pass mark. */
export function AddQuizForm({ banks, lang, busy, onAdd }: { banks: QuestionBankView[]; lang: string; busy: boolean; onAdd: (quiz: { title: string; questionBankId: string; passPercent: number }) => Promise<unknown> }) {
  const t = useT();
  const usable = banks.filter((b) => b.questionCount > 0);
  const [title, setTitle] = useState('');
  const [bankId, setBankId] = useState('');
  const [pass, setPass] = useState('70');
  const [problems, setProblems] = useState<{ title?: string; pass?: string }>({});
  if (!usable.length) return <p className="muted">{t('staff.quiz.noBank')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (!title.trim()) found.title = t('staff.form.required');
    if (!/^\d+$/.test(pass.trim()) || Number(pass) < 0 || Number(pass) > 100) found.pass = t('staff.form.wholeNumber', { min: 0, max: 100 });
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      await onAdd({ title: title.trim(), questionBankId: bankId || usable[0].id, passPercent: Number(pass) });
      setTitle('');
    } catch {
      // the screen shows why; what was typed stays
    }
  };

  return (
    <form className="staff-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={t('staff.quiz.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={problems.title} lang={lang} />
      <div className="staff-form__row">
        <SelectField label={t('staff.quiz.bank')} value={bankId || usable[0].id} onChange={(e) => setBankId(e.target.value)} options={usable.map((b) => ({ value: b.id, label: b.title, lang }))} />
        <TextField label={t('staff.quiz.pass')} inputMode="numeric" value={pass} onChange={(e) => setPass(e.target.value)} error={problems.pass} />
      </div>
      <Button type="submit" variant="secondary" busy={busy}>
        {t('staff.quiz.add')}
      </Button>
    </form>
  );
}

import type { CourseOutlineModule } from '@lms/contracts';
import { useState, type FormEvent } from 'react';
import { Button, TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import type { OutlineEdit } from '../api/outline-edits';

/** Renaming a module: its title, checked as the server checks it; Escape or Cancel leaves it as it was. */
export function ModuleRenameForm({ module, lang, busy, edit, onClose }: { module: CourseOutlineModule; lang: string; busy: boolean; edit: (e: OutlineEdit, message?: string) => Promise<unknown>; onClose: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(module.title);
  const [problem, setProblem] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = title.trim();
    if (!wanted) return setProblem(t('staff.form.required'));
    if (wanted.length > 200) return setProblem(t('staff.form.tooLong', { max: 200 }));
    if (wanted === module.title) return onClose();
    try {
      await edit({ kind: 'rename-module', moduleId: module.id, title: wanted }, t('staff.editor.module.renamed', { title: wanted }));
      onClose();
    } catch {
      // the screen shows why; what was typed stays
    }
  };

  return (
    <form className="staff-form staff-inline-form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onClose()} noValidate data-testid="rename-module">
      <TextField label={t('staff.editor.moduleTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={problem} lang={lang} autoFocus />
      <div className="staff-form__actions">
        <Button type="submit" variant="secondary" busy={busy}>
          {t('staff.editor.module.save')}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t('staff.courses.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

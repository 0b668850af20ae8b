import { COURSE_CATEGORIES, COURSE_LEVELS, LOCALES, type CourseCategory, type CourseDetail, type CourseLevel, type Locale } from '@lms/contracts';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, SelectField, TextArea, TextField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { useCreateCourse } from '../api/create-course';
import { writeErrorMessage } from '../lib/write-error';

interface Draft {
  title: string;
  summary: string;
  category: CourseCategory;
  locale: Locale;
  level: CourseLevel;
  minutes: string;
}

type Problems = Partial<Record<'title' | 'summary' | 'minutes', string>>;

/** What the server would refuse, said before sending, in the reader's language. */
function check(draft: Draft, t: ReturnType<typeof useT>, n: (value: number) => string): Problems {
  const problems: Problems = {};
  if (!draft.title.trim()) problems.title = t('staff.form.required');
  else if (draft.title.trim().length > 200) problems.title = t('staff.form.tooLong', { max: n(200) });
  if (draft.summary.length > 2000) problems.summary = t('staff.form.tooLong', { max: n(2000) });
  const minutes = draft.minutes.trim();
  if (minutes && !(/^\d+$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= 10_000)) problems.minutes = t('staff.form.wholeNumber', { min: n(1), max: n(10_000) });
  return problems;
}

/** "New course": the few facts a draft needs; the rest is written in the editor. */
export function NewCourseForm({ onCreated, onCancel }: { onCreated: (course: CourseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const create = useCreateCourse();
  const [draft, setDraft] = useState<Draft>({ title: '', summary: '', category: 'digital-basics', locale, level: 'beginner', minutes: '' });
  const [problems, setProblems] = useState<Problems>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft, t, (value) => formatNumber(value, locale));
    setProblems(found);
    if (Object.keys(found).length) return;
    const minutes = draft.minutes.trim();
    create.mutate(
      { title: draft.title.trim(), summary: draft.summary.trim(), category: draft.category, locale: draft.locale, level: draft.level, ...(minutes ? { estimatedMinutes: Number(minutes) } : {}) },
      { onSuccess: onCreated },
    );
  };

  const failure = create.error;
  return (
    <Card title={t('staff.courses.new')} className="staff-form">
      <form onSubmit={submit} noValidate data-testid="new-course-form">
        <TextField label={t('staff.courses.form.title')} name="title" value={draft.title} onChange={(e) => set('title', e.target.value)} error={problems.title} maxLength={250} lang={draft.locale} autoFocus />
        <TextArea label={t('staff.courses.form.summary')} hint={t('staff.courses.form.summaryHint')} name="summary" value={draft.summary} onChange={(e) => set('summary', e.target.value)} error={problems.summary} lang={draft.locale} />
        <div className="staff-form__row">
          <SelectField label={t('staff.courses.form.locale')} name="locale" value={draft.locale} onChange={(e) => set('locale', e.target.value as Locale)} options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`), lang: l }))} />
          <SelectField label={t('staff.courses.form.category')} name="category" value={draft.category} onChange={(e) => set('category', e.target.value as CourseCategory)} options={COURSE_CATEGORIES.map((c) => ({ value: c, label: t(`courses.category.${c}`) }))} />
          <SelectField label={t('staff.courses.form.level')} name="level" value={draft.level} onChange={(e) => set('level', e.target.value as CourseLevel)} options={COURSE_LEVELS.map((l) => ({ value: l, label: t(`courses.level.${l}`) }))} />
          <TextField label={t('staff.courses.form.minutes')} name="minutes" inputMode="numeric" value={draft.minutes} onChange={(e) => set('minutes', e.target.value)} error={problems.minutes} />
        </div>
        {failure && (
          <Alert tone="error">
            <p>{writeErrorMessage(t, failure, { 409: 'staff.courses.slugTaken' })}</p>
          </Alert>
        )}
        <div className="staff-form__actions">
          <Button type="submit" busy={create.isPending}>
            {t('staff.courses.form.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel} disabled={create.isPending}>
            {t('staff.courses.form.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

import { COURSE_CATEGORIES, COURSE_LEVELS, LOCALES, type CourseCategory, type CourseLevel, type Locale } from '@lms/contracts';
import { useState } from 'react';
import { SelectField, TextArea, TextField } from '../../../components/ui';
import { useLocale, useT, type TFunction } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';

/** A course's details as a form holds them: numbers and tags as typed. */
export interface CourseFieldsDraft {
  title: string;
  summary: string;
  category: CourseCategory;
  locale: Locale;
  level: CourseLevel;
  minutes: string;
  /** Comma-separated; only the details form shows them. */
  tags?: string;
}

export type CourseFieldProblems = Partial<Record<'title' | 'summary' | 'minutes' | 'tags', string>>;

/** The tags typed, comma-separated: trimmed, each once. */
export const parseTags = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];

/** What the server would refuse (POST and PATCH /courses), said before sending, in the reader's language. */
export function checkCourseFields(draft: CourseFieldsDraft, t: TFunction, n: (value: number) => string): CourseFieldProblems {
  const problems: CourseFieldProblems = {};
  if (!draft.title.trim()) problems.title = t('staff.form.required');
  else if (draft.title.trim().length > 200) problems.title = t('staff.form.tooLong', { max: n(200) });
  if (draft.summary.length > 2000) problems.summary = t('staff.form.tooLong', { max: n(2000) });
  const minutes = draft.minutes.trim();
  if (minutes && !(/^\d+$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= 10_000)) problems.minutes = t('staff.form.wholeNumber', { min: n(1), max: n(10_000) });
  const tags = parseTags(draft.tags ?? '');
  if (tags.length > 20 || tags.some((tag) => tag.length > 40)) problems.tags = t('staff.editor.details.tagsLimit', { count: n(20), max: n(40) });
  return problems;
}

/** A form of these fields: the draft, a setter per field, and `checked()`, which shows the problems and says whether there were none. */
export function useCourseFieldsForm(initial: () => CourseFieldsDraft) {
  const t = useT();
  const { locale } = useLocale();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<CourseFieldProblems>({});
  const set = <K extends keyof CourseFieldsDraft>(key: K, value: CourseFieldsDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const checked = () => {
    const found = checkCourseFields(draft, t, (value) => formatNumber(value, locale));
    setProblems(found);
    return Object.keys(found).length === 0;
  };
  return { draft, setDraft, set, problems, checked };
}

/** The minutes typed, as the API takes them: a number, or nothing. */
export const minutesOf = (draft: CourseFieldsDraft) => (draft.minutes.trim() ? Number(draft.minutes.trim()) : undefined);

/** Title, summary, language, category, level and study time (and tags when the draft has them): the fields of "New course" and of the details form. */
export function CourseFields({ draft, problems, set, autoFocus }: { draft: CourseFieldsDraft; problems: CourseFieldProblems; set: <K extends keyof CourseFieldsDraft>(key: K, value: CourseFieldsDraft[K]) => void; autoFocus?: boolean }) {
  const t = useT();
  return (
    <>
      <TextField label={t('staff.courses.form.title')} name="title" value={draft.title} onChange={(e) => set('title', e.target.value)} error={problems.title} maxLength={250} lang={draft.locale} autoFocus={autoFocus} />
      <TextArea label={t('staff.courses.form.summary')} hint={t('staff.courses.form.summaryHint')} name="summary" value={draft.summary} onChange={(e) => set('summary', e.target.value)} error={problems.summary} lang={draft.locale} />
      <div className="staff-form__row">
        <SelectField label={t('staff.courses.form.locale')} name="locale" value={draft.locale} onChange={(e) => set('locale', e.target.value as Locale)} options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`), lang: l }))} />
        <SelectField label={t('staff.courses.form.category')} name="category" value={draft.category} onChange={(e) => set('category', e.target.value as CourseCategory)} options={COURSE_CATEGORIES.map((c) => ({ value: c, label: t(`courses.category.${c}`) }))} />
        <SelectField label={t('staff.courses.form.level')} name="level" value={draft.level} onChange={(e) => set('level', e.target.value as CourseLevel)} options={COURSE_LEVELS.map((l) => ({ value: l, label: t(`courses.level.${l}`) }))} />
        <TextField label={t('staff.courses.form.minutes')} name="minutes" inputMode="numeric" value={draft.minutes} onChange={(e) => set('minutes', e.target.value)} error={problems.minutes} />
      </div>
      {draft.tags !== undefined && <TextField label={t('staff.editor.details.tags')} hint={t('staff.editor.details.tagsHint')} name="tags" value={draft.tags} onChange={(e) => set('tags', e.target.value)} error={problems.tags} lang={draft.locale} />}
    </>
  );
}

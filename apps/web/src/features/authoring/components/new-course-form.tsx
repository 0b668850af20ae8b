import type { CourseDetail } from '@lms/contracts';
import type { FormEvent } from 'react';
import { Alert, Button, Card } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { useCreateCourse } from '../api/create-course';
import { writeErrorMessage } from '../lib/write-error';
import { CourseFields, minutesOf, useCourseFieldsForm } from './course-fields';

/** "New course": the few facts a draft needs; the rest is written in the editor. */
export function NewCourseForm({ onCreated, onCancel }: { onCreated: (course: CourseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const create = useCreateCourse();
  const { draft, set, problems, checked } = useCourseFieldsForm(() => ({ title: '', summary: '', category: 'digital-basics', locale, level: 'beginner', minutes: '' }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked()) return;
    const minutes = minutesOf(draft);
    create.mutate(
      { title: draft.title.trim(), summary: draft.summary.trim(), category: draft.category, locale: draft.locale, level: draft.level, ...(minutes ? { estimatedMinutes: minutes } : {}) },
      { onSuccess: onCreated },
    );
  };

  const failure = create.error;
  return (
    <Card title={t('staff.courses.new')} className="staff-form">
      <form onSubmit={submit} noValidate data-testid="new-course-form">
        <CourseFields draft={draft} problems={problems} set={set} autoFocus />
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

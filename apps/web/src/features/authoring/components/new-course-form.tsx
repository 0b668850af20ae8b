import type { CourseDetail } from '@lms/contracts';
import type { FormEvent } from 'react';
import { Card } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { FormActions } from '../../../staff/components/form-actions';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useCreateCourse } from '../api/create-course';
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
        <WriteErrorAlert error={failure} byStatus={{ 409: 'staff.courses.slugTaken' }} />
        <FormActions submitLabel={t('staff.courses.form.create')} busy={create.isPending} cancelLabel={t('staff.courses.form.cancel')} onCancel={onCancel} cancelDisabled={create.isPending} />
      </form>
    </Card>
  );
}

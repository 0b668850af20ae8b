import type { CourseDetail } from '@lms/contracts';
import type { FormEvent } from 'react';
import { Button } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useUpdateCourse } from '../api/course-details';
import { CourseFields, minutesOf, parseTags, useCourseFieldsForm, type CourseFieldsDraft } from './course-fields';

const draftOf = (course: CourseDetail): CourseFieldsDraft => ({
  title: course.title,
  summary: course.summary,
  category: course.category,
  locale: course.locale,
  level: course.level,
  minutes: course.estimatedMinutes === null ? '' : String(course.estimatedMinutes),
  tags: course.tags.join(', '),
});

/** The course's details (PATCH /courses/:id), in a fold of the editor: what the catalogue shows of it. */
export function CourseDetailsForm({ course, onSaved }: { course: CourseDetail; onSaved: (message: string) => void }) {
  const t = useT();
  const update = useUpdateCourse(course.id);
  const { draft, setDraft, set, problems, checked } = useCourseFieldsForm(() => draftOf(course));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked()) return;
    update.mutate(
      { title: draft.title.trim(), summary: draft.summary.trim(), category: draft.category, locale: draft.locale, level: draft.level, estimatedMinutes: minutesOf(draft) ?? null, tags: parseTags(draft.tags ?? '') },
      {
        onSuccess: (saved) => {
          setDraft(draftOf(saved));
          onSaved(t('staff.editor.details.saved'));
        },
      },
    );
  };

  return (
    <details className="card staff-form staff-details">
      <summary className="staff-details__summary">{t('staff.editor.details.title')}</summary>
      <form onSubmit={submit} noValidate data-testid="course-details-form">
        <CourseFields draft={draft} problems={problems} set={set} />
        <WriteErrorAlert error={update.error} />
        <div className="staff-form__actions">
          <Button type="submit" busy={update.isPending}>
            {t('staff.editor.details.save')}
          </Button>
        </div>
      </form>
    </details>
  );
}

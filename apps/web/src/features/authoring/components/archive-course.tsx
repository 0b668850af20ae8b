import type { CourseDetail } from '@lms/contracts';
import { useState } from 'react';
import { Alert, Button } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useArchiveCourse } from '../api/course-details';

/**
 * "Archive", asked twice: learners stop finding the course (their records stay), which
 * publishing again undoes. The owner's or an admin's to do; the editor shows it to them only.
 */
export function ArchiveCourse({ course, onArchived }: { course: CourseDetail; onArchived: (message: string) => void }) {
  const t = useT();
  const archive = useArchiveCourse(course.id);
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)} data-testid="archive">
        {t('staff.editor.archive.button')}
      </Button>
    );
  }
  return (
    <div className="staff-confirm" role="group" aria-labelledby="archive-question">
      <Alert tone="warning">
        <p id="archive-question">{t('staff.editor.archive.question', { title: course.title })}</p>
      </Alert>
      <WriteErrorAlert error={archive.error} byStatus={{ 403: 'staff.editor.archive.notOwner' }} />
      <div className="staff-form__actions">
        <Button
          busy={archive.isPending}
          onClick={() =>
            archive.mutate(undefined, {
              onSuccess: () => {
                setAsking(false);
                onArchived(t('staff.editor.archive.done'));
              },
            })
          }
        >
          {t('staff.editor.archive.confirm')}
        </Button>
        <Button variant="ghost" onClick={() => setAsking(false)} disabled={archive.isPending} autoFocus>
          {t('staff.courses.form.cancel')}
        </Button>
      </div>
    </div>
  );
}

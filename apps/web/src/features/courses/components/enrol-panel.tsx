import { Alert, Button, Card } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useEnrol } from '../api/enrol';

/** For a learner not enrolled: why to enrol, and the button. The course refetched shows what follows. */
export function EnrolPanel({ courseId, message }: { courseId: string; message?: string }) {
  const t = useT();
  const enrolment = useEnrol(courseId);
  const error = enrolment.error;
  return (
    <Card className="course-enrol">
      <p>{message ?? t('courses.course.enrolIntro')}</p>
      {error && (
        <Alert tone="error">
          <p>{error instanceof ApiError && error.statusCode === 404 ? t('courses.course.enrolGone') : genericErrorMessage(t, error)}</p>
        </Alert>
      )}
      <Button block busy={enrolment.isPending} onClick={() => enrolment.mutate()}>
        {enrolment.isPending ? t('courses.course.enrolling') : t('courses.course.enrol')}
      </Button>
    </Card>
  );
}

import { useState } from 'react';
import { Alert, Button, Card, LiveRegion, LoadError, Loading } from '../../../components/ui';
import { isNotFound } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { useDraftCourse } from '../api/draft-course';
import { useOutlineEdit, type OutlineEdit } from '../api/outline-edits';
import { usePublishCourse } from '../api/publish-course';
import { useCourseBanks } from '../api/question-banks';
import { writeErrorMessage } from '../lib/write-error';
import { OutlineEditor } from './outline-editor';
import { QuestionBanksPanel } from './question-banks-panel';

/** /staff/courses/:courseId: the draft's outline to build and reorder, and Publish. */
export function CourseEditorScreen({ courseId }: { courseId: string }) {
  const t = useT();
  const course = useDraftCourse(courseId);
  const outline = useOutlineEdit(courseId);
  const publish = usePublishCourse(courseId);
  const banks = useCourseBanks(courseId);
  const [announcement, setAnnouncement] = useState('');

  if (!course.data) {
    if (course.isError && isNotFound(course.error)) {
      return (
        <div className="page">
          <h1 className="page__title">{t('staff.notFound.title')}</h1>
          <p>{t('staff.notFound.body')}</p>
          <Link to="/staff/courses">{t('staff.courses.title')}</Link>
        </div>
      );
    }
    return <div className="page">{course.isError ? <LoadError error={course.error} onRetry={() => void course.refetch()} /> : <Loading paused={course.isPaused} />}</div>;
  }

  const data = course.data;
  const edit = async (change: OutlineEdit) => {
    setAnnouncement('');
    // A refused publish is out of date once the outline changes.
    publish.reset();
    await outline.mutateAsync(change);
    setAnnouncement(t('staff.editor.saved'));
  };
  const doPublish = () => {
    setAnnouncement('');
    outline.reset();
    publish.mutate(undefined, { onSuccess: () => setAnnouncement(t('staff.editor.published')) });
  };
  const state = data.publishedVersion === null ? t('staff.editor.neverPublished') : data.hasUnpublishedChanges ? t('staff.courses.changes') : t('staff.editor.upToDate');
  const failure = outline.error ?? publish.error;

  return (
    <div className="page stack">
      <p>
        <Link to="/staff/courses">{t('staff.courses.title')}</Link>
      </p>
      <div className="staff-heading">
        <h1 className="page__title" lang={data.locale}>
          {data.title}
        </h1>
        {/* The learner app is another page: a full load. Authors see the draft there. */}
        <a className="btn btn--secondary" href={`/courses/${encodeURIComponent(data.id)}`}>
          {t('staff.editor.preview')}
        </a>
      </div>

      <Card className="staff-publish">
        <p data-testid="publish-state">{state}</p>
        {(data.publishedVersion === null || data.hasUnpublishedChanges) && (
          <Button onClick={doPublish} busy={publish.isPending} data-testid="publish">
            {data.publishedVersion === null ? t('staff.editor.publish') : t('staff.editor.publishAgain')}
          </Button>
        )}
      </Card>
      <LiveRegion>{announcement}</LiveRegion>
      {failure && (
        <Alert tone="error">
          <p>{writeErrorMessage(t, failure, failure === publish.error ? { 409: 'staff.editor.emptyCourse' } : {})}</p>
        </Alert>
      )}

      <OutlineEditor course={data} banks={banks.data?.items ?? []} edit={edit} busy={outline.isPending} />
      <QuestionBanksPanel courseId={data.id} lang={data.locale} />
    </div>
  );
}

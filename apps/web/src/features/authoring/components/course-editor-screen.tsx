import { useState } from 'react';
import { Button, Card, LiveRegion, LoadError, Loading } from '../../../components/ui';
import { isNotFound } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useDraftCourse } from '../api/draft-course';
import { useOutlineEdit, type OutlineEdit } from '../api/outline-edits';
import { usePublishCourse } from '../api/publish-course';
import { useCourseBanks } from '../api/question-banks';
import { ArchiveCourse } from './archive-course';
import { CourseAuthorsPanel } from './course-authors-panel';
import { CourseDetailsForm } from './course-details-form';
import { OutlineEditor } from './outline-editor';
import { PackageExport } from './package-export';
import { PublishConfirm } from './publish-confirm';
import { QuestionBanksPanel } from './question-banks-panel';
import { StatsPanel } from './stats-panel';
import '../authoring.css';

/** /staff/courses/:courseId: the draft's outline to build and reorder, and Publish. */
export function CourseEditorScreen({ courseId }: { courseId: string }) {
  const t = useT();
  const course = useDraftCourse(courseId);
  const outline = useOutlineEdit(courseId);
  const publish = usePublishCourse(courseId);
  const banks = useCourseBanks(courseId);
  const [announcement, setAnnouncement] = useState('');
  // Publish first shows what changes for learners (publish-confirm.tsx), then publishes.
  const [confirming, setConfirming] = useState(false);

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
  const edit = async (change: OutlineEdit, message?: string) => {
    setAnnouncement('');
    // A refused publish, and a summary of what publishing changes, are out of date once the outline changes.
    publish.reset();
    setConfirming(false);
    await outline.mutateAsync(change);
    setAnnouncement(message ?? t('staff.editor.saved'));
  };
  const doPublish = () => {
    setAnnouncement('');
    outline.reset();
    publish.mutate(undefined, {
      onSuccess: () => setAnnouncement(t('staff.editor.published')),
      // Published or refused, the summary has had its say; a refusal is shown under the button.
      onSettled: () => setConfirming(false),
    });
  };
  const archived = data.status === 'archived';
  const state = archived ? t('staff.editor.archive.state') : data.publishedVersion === null ? t('staff.editor.neverPublished') : data.hasUnpublishedChanges ? t('staff.courses.changes') : t('staff.editor.upToDate');
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
        <div className="staff-form__actions">
          {/* The learner app is another page: a full load. Authors see the draft there. */}
          <a className="btn btn--secondary" href={`/courses/${encodeURIComponent(data.id)}`}>
            {t('staff.editor.preview')}
          </a>
          <PackageExport course={data} />
        </div>
      </div>

      <Card className="staff-publish">
        <p data-testid="publish-state">{state}</p>
        {/* Publishing and archiving are the owner's (or an admin's); the API refuses co-authors too. */}
        {data.canDecide && (data.publishedVersion === null || data.hasUnpublishedChanges || archived) && (
          <Button onClick={() => setConfirming(true)} aria-expanded={confirming} busy={publish.isPending} data-testid="publish">
            {data.publishedVersion === null ? t('staff.editor.publish') : archived ? t('staff.editor.archive.restore') : t('staff.editor.publishAgain')}
          </Button>
        )}
        {data.canDecide && !archived && <ArchiveCourse course={data} onArchived={setAnnouncement} />}
        {!data.canDecide && <p className="muted">{t('staff.editor.ownerDecides')}</p>}
      </Card>
      {confirming && <PublishConfirm courseId={data.id} lang={data.locale} busy={publish.isPending} onConfirm={doPublish} onCancel={() => setConfirming(false)} />}
      <LiveRegion>{announcement}</LiveRegion>
      <WriteErrorAlert error={failure} byStatus={failure === publish.error ? { 409: 'staff.editor.emptyCourse' } : {}} />

      <CourseDetailsForm course={data} onSaved={setAnnouncement} />
      <OutlineEditor course={data} banks={banks.data?.items ?? []} edit={edit} busy={outline.isPending} />
      <QuestionBanksPanel courseId={data.id} lang={data.locale} />
      <StatsPanel courseId={data.id} lang={data.locale} />
      <CourseAuthorsPanel course={data} onSaved={setAnnouncement} />
    </div>
  );
}

import { COURSE_STATUSES, type CourseDetail, type CourseStatus } from '@lms/contracts';
import { useState } from 'react';
import { Button, LiveRegion } from '../../../components/ui';
import { Link } from '../../../lib/router';
import { formatNumber } from '../../../lib/numbers';
import { useLocale, useT } from '../../../lib/i18n';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { useMyCourses } from '../api/my-courses';
import { NewCourseForm } from './new-course-form';
import { PackageImport } from './package-import';

/** /staff/courses: the instructor's courses by status, "New course" and "Import a package". */
export function CourseListScreen() {
  const t = useT();
  const { locale } = useLocale();
  const [status, setStatus] = useState<CourseStatus>('draft');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const courses = useMyCourses(status, 1);

  const created = (course: CourseDetail) => {
    setCreating(false);
    setStatus('draft');
    setAnnouncement(t('staff.courses.created', { title: course.title }));
  };
  const imported = (course: CourseDetail) => {
    setImporting(false);
    setStatus('draft');
    setAnnouncement(t('staff.editor.package.imported', { title: course.title }));
  };

  return (
    <div className="page stack">
      <div className="staff-heading">
        <h1 className="page__title">{t('staff.courses.title')}</h1>
        {!creating && !importing && (
          <span className="staff-form__actions">
            <Button onClick={() => setCreating(true)} data-testid="new-course">
              {t('staff.courses.new')}
            </Button>
            <Button variant="secondary" onClick={() => setImporting(true)} data-testid="open-package-import">
              {t('staff.editor.package.import')}
            </Button>
          </span>
        )}
      </div>
      <LiveRegion>{announcement}</LiveRegion>
      {creating && <NewCourseForm onCreated={created} onCancel={() => setCreating(false)} />}
      {importing && <PackageImport onImported={imported} onCancel={() => setImporting(false)} />}

      <div className="chips" role="group" aria-label={t('staff.courses.status')}>
        {COURSE_STATUSES.map((s) => (
          <button key={s} type="button" className="toggle-chip" aria-pressed={s === status} onClick={() => setStatus(s)}>
            {t(`staff.courses.status.${s}`)}
          </button>
        ))}
      </div>

      <QueryView query={courses} empty={(data) => data.items.length === 0} emptyText={t('staff.courses.empty')}>
        {(data) => (
          <StaffTable
            testId="my-courses"
            caption={<caption className="sr-only">{t('staff.courses.count', { count: formatNumber(data.total, locale) })}</caption>}
            columns={[t('staff.courses.form.title'), t('staff.courses.form.locale'), t('staff.courses.form.category'), t('staff.courses.form.level')]}
          >
            {data.items.map((course) => (
              <tr key={course.id}>
                <td>
                  <Link to={`/staff/courses/${encodeURIComponent(course.id)}`} lang={course.locale}>
                    {course.title}
                  </Link>
                </td>
                <td>{t(`lang.${course.locale}`)}</td>
                <td>{t(`courses.category.${course.category}`)}</td>
                <td>{t(`courses.level.${course.level}`)}</td>
              </tr>
            ))}
          </StaffTable>
        )}
      </QueryView>
    </div>
  );
}

import type { CourseDetail } from '@lms/contracts';
import { Button } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useExportPackage } from '../api/course-packages';

/** "Download as a package": the draft as a course package zip (docs/course-packages.md), to share with another institute. */
export function PackageExport({ course }: { course: CourseDetail }) {
  const t = useT();
  const download = useExportPackage(course.id, course.slug);
  return (
    <>
      <Button variant="secondary" onClick={() => download.mutate()} busy={download.isPending} data-testid="export-package">
        {t('staff.editor.package.export')}
      </Button>
      <WriteErrorAlert error={download.error} />
    </>
  );
}

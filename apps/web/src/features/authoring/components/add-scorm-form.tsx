import type { CoursePackageProblem } from '@lms/contracts';
import { useState } from 'react';
import { Alert, Button, LiveRegion } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { FilePicker } from '../../../staff/components/file-picker';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useImportScorm } from '../api/scorm-import';

/** Where a problem is: the file in the zip and, when known, the line (as the course-package import says it). */
function ProblemPlace({ problem }: { problem: CoursePackageProblem }) {
  const t = useT();
  const { locale } = useLocale();
  return <span className="staff-problem__place">{problem.line ? t('staff.editor.package.fileLine', { file: problem.file, line: formatNumber(problem.line, locale) }) : problem.file}</span>;
}

/**
 * "Import SCORM package" into a module (POST /modules/:id/scorm). The server checks the whole
 * package first and imports all or nothing; its problems are listed by file and line, and the
 * file can be fixed and chosen again.
 */
export function AddScormForm({ courseId, moduleId }: { courseId: string; moduleId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const upload = useImportScorm(courseId, moduleId);
  const [file, setFile] = useState<File>();
  // A new picker after each import, so the same file name can be chosen again.
  const [picker, setPicker] = useState(0);
  const outcome = upload.data;

  const send = () => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (result) => {
        if (!result.ok) return;
        setFile(undefined);
        setPicker((n) => n + 1);
      },
    });
  };

  return (
    <div className="staff-inline-form" data-testid="scorm-import">
      <p className="muted">{t('staff.editor.scorm.hint')}</p>
      <FilePicker
        key={picker}
        label={t('staff.editor.package.choose')}
        accept=".zip,application/zip"
        filename={file?.name}
        onFile={(chosen) => {
          upload.reset();
          setFile(chosen);
        }}
      />
      {outcome && !outcome.ok && (
        <Alert tone="error">
          <p>{t('staff.editor.package.failed', { count: formatNumber(outcome.errors.length, locale) })}</p>
          <ul className="staff-problems">
            {outcome.errors.map((problem, i) => (
              <li key={i}>
                <ProblemPlace problem={problem} />: <span lang="en">{problem.message}</span>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <WriteErrorAlert error={upload.error} byStatus={{ 413: 'staff.editor.package.tooBig' }} />
      <LiveRegion>{outcome?.ok && <p>{t('staff.editor.scorm.imported', { title: outcome.item.title })}</p>}</LiveRegion>
      <Button variant="secondary" onClick={send} disabled={!file} busy={upload.isPending} data-testid="import-scorm">
        {t('staff.editor.scorm.send')}
      </Button>
    </div>
  );
}

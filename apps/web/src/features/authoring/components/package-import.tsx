import type { CourseDetail, CoursePackageProblem } from '@lms/contracts';
import { useState } from 'react';
import { Alert, Button, Card } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { FilePicker } from '../../../staff/components/file-picker';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useImportPackage } from '../api/course-packages';

/** Where a problem is: the file in the zip and, when known, the line. */
function ProblemPlace({ problem }: { problem: CoursePackageProblem }) {
  const t = useT();
  const { locale } = useLocale();
  return <span className="staff-problem__place">{problem.line ? t('staff.editor.package.fileLine', { file: problem.file, line: formatNumber(problem.line, locale) }) : problem.file}</span>;
}

/**
 * "Import a course package" (POST /course-packages): a zip (docs/course-packages.md) becomes a new
 * draft of the importer's. The server checks the whole package first and imports all or nothing;
 * its problems are listed by file and line, and the file can be fixed and chosen again.
 */
export function PackageImport({ onImported, onCancel }: { onImported: (course: CourseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const importPackage = useImportPackage();
  const [file, setFile] = useState<File>();
  const outcome = importPackage.data;

  const send = () => {
    if (file) importPackage.mutate(file, { onSuccess: (result) => result.ok && onImported(result.course) });
  };

  return (
    <Card title={t('staff.editor.package.import')} className="staff-form" data-testid="package-import">
      <div className="stack">
        <p className="muted">{t('staff.editor.package.importHint')}</p>
        <FilePicker
          label={t('staff.editor.package.choose')}
          accept=".zip,application/zip"
          filename={file?.name}
          onFile={(chosen) => {
            importPackage.reset();
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
        <WriteErrorAlert error={importPackage.error} byStatus={{ 409: 'staff.editor.package.slugTaken', 413: 'staff.editor.package.tooBig' }} />
        <div className="staff-form__actions">
          <Button onClick={send} disabled={!file} busy={importPackage.isPending} data-testid="import-package">
            {t('staff.editor.package.send')}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={importPackage.isPending}>
            {t('staff.courses.form.cancel')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

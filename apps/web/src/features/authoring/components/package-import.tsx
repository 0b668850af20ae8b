import type { CourseDetail } from '@lms/contracts';
import { useState } from 'react';
import { Button, Card } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { FilePicker } from '../../../staff/components/file-picker';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { PackageProblems } from './package-problems';
import { useImportPackage } from '../api/course-packages';

/**
 * "Import a course package" (POST /course-packages): a zip (docs/course-packages.md) becomes a new
 * draft of the importer's. The server checks the whole package first and imports all or nothing;
 * its problems are listed by file and line, and the file can be fixed and chosen again.
 */
export function PackageImport({ onImported, onCancel }: { onImported: (course: CourseDetail) => void; onCancel: () => void }) {
  const t = useT();
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
        {outcome && !outcome.ok && <PackageProblems problems={outcome.errors} />}
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

import { useState } from 'react';
import { Button, LiveRegion } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { FilePicker } from '../../../staff/components/file-picker';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { PackageProblems } from './package-problems';
import { useImportScorm } from '../api/scorm-import';

/**
 * "Import SCORM package" into a module (POST /modules/:id/scorm). The server checks the whole
 * package first and imports all or nothing; its problems are listed by file and line, and the
 * file can be fixed and chosen again.
 */
export function AddScormForm({ courseId, moduleId }: { courseId: string; moduleId: string }) {
  const t = useT();
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
      {outcome && !outcome.ok && <PackageProblems problems={outcome.errors} />}
      <WriteErrorAlert error={upload.error} byStatus={{ 413: 'staff.editor.package.tooBig' }} />
      <LiveRegion>{outcome?.ok && <p>{t('staff.editor.scorm.imported', { title: outcome.item.title })}</p>}</LiveRegion>
      <Button variant="secondary" onClick={send} disabled={!file} busy={upload.isPending} data-testid="import-scorm">
        {t('staff.editor.scorm.send')}
      </Button>
    </div>
  );
}

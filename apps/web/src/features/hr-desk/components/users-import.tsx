import { useState, type FormEvent } from 'react';
import { USERS_IMPORT_HEADER } from '@lms/contracts';
import { Alert } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { FilePicker } from '../../../staff/components/file-picker';
import { FormActions } from '../../../staff/components/form-actions';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useImportUsers, type UsersImportOutcome } from '../api/users';

/**
 * People from a CSV file, all or nothing: the server checks every row first and, if any is wrong,
 * lists the problems by line and column and writes nothing; fixed, the same file goes again.
 * Rows whose email exists already update that person.
 */
export function UsersImport({ onImported, onCancel }: { onImported: (created: number, updated: number) => void; onCancel: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const importUsers = useImportUsers();
  const [file, setFile] = useState<File>();
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<UsersImportOutcome>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    setMissing(!file);
    if (!file) return;
    importUsers.mutate(file, {
      onSuccess: (result) => (result.ok ? onImported(result.result.created, result.result.updated) : setOutcome(result)),
    });
  };

  const n = (value: number) => formatNumber(value, locale);
  return (
    <form className="card staff-form" onSubmit={submit} noValidate data-testid="users-import">
      <h2>{t('staff.users.importTitle')}</h2>
      <p>{t('staff.users.importHelp')}</p>
      <pre className="staff-csv-header" lang="en">
        {USERS_IMPORT_HEADER.join(',')}
      </pre>
      <FilePicker
        label={t('staff.users.importFile')}
        accept=".csv,text/csv"
        filename={file?.name}
        onFile={(chosen) => {
          setFile(chosen);
          setMissing(false);
          setOutcome(undefined);
        }}
      />
      {missing && <p className="field__error">{t('staff.users.importNoFile')}</p>}
      {outcome && !outcome.ok && (
        <Alert tone="error">
          <p>{t('staff.users.importFailed', { count: n(outcome.errors.length) })}</p>
          <div className="staff-table">
            <table data-testid="import-errors">
              <thead>
                <tr>
                  <th scope="col">{t('staff.users.importLine')}</th>
                  <th scope="col">{t('staff.users.importColumn')}</th>
                  <th scope="col">{t('staff.users.importProblem')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{n(e.line)}</td>
                    <td lang="en">{e.field ?? ''}</td>
                    <td lang="en">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Alert>
      )}
      <WriteErrorAlert error={importUsers.error} byStatus={{ 409: 'staff.users.importConflict' }} />
      <FormActions submitLabel={t('staff.users.importSubmit')} busy={importUsers.isPending} cancelLabel={t('staff.assign.cancel')} onCancel={onCancel} />
    </form>
  );
}

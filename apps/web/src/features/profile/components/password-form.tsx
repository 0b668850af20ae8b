import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, Card, LiveRegion, TextField } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { useT, type MessageKey } from '../../../lib/i18n';
import { useChangePassword } from '../api/change-password';

type Field = 'currentPassword' | 'newPassword' | 'confirm';
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirm: '' };

/** The fields a 400 names in its details, e.g. [{ "field": "currentPassword" }]. */
function fieldsIn(error: ApiError): Set<string> {
  const fields = new Set<string>();
  for (const detail of error.details) {
    if (detail && typeof detail === 'object' && 'field' in detail && typeof detail.field === 'string') fields.add(detail.field);
  }
  return fields;
}

/** POST /me/password. A 400 shows the server's own explanation (wrong current password, weak password). */
export function PasswordForm({ username }: { username: string }) {
  const t = useT();
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const set = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setProblem(null);
    change.reset();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!values.currentPassword || !values.newPassword || !values.confirm) return setProblem('profile.password.required');
    if (values.newPassword !== values.confirm) return setProblem('profile.password.mismatch');
    setProblem(null);
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, { onSuccess: () => setValues(EMPTY) });
  };

  const serverError = change.error instanceof ApiError && change.error.statusCode === 400 ? change.error : null;
  const badFields = serverError ? fieldsIn(serverError) : new Set<string>();
  const error = problem
    ? t(problem)
    : serverError
      ? serverError.message
      : change.isError
        ? genericErrorMessage(t, change.error)
        : null;

  return (
    <Card title={t('profile.password.title')}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <TextField
          label={t('profile.password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          error={badFields.has('currentPassword') ? t('profile.password.wrongCurrent') : undefined}
          onChange={set('currentPassword')}
        />
        <TextField
          label={t('profile.password.new')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={t('profile.password.hint')}
          required
          value={values.newPassword}
          error={badFields.has('newPassword') ? t('profile.password.rejected') : undefined}
          onChange={set('newPassword')}
        />
        <TextField
          label={t('profile.password.confirm')}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          value={values.confirm}
          aria-invalid={problem === 'profile.password.mismatch' || undefined}
          onChange={set('confirm')}
        />
        {error && <Alert tone="error">{error}</Alert>}
        <LiveRegion>{change.isSuccess && <Alert tone="success">{t('profile.password.changed')}</Alert>}</LiveRegion>
        <Button type="submit" busy={change.isPending}>
          {change.isPending ? t('common.saving') : t('profile.password.submit')}
        </Button>
      </form>
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { XAPI_SCOPES, type XapiClientCredentials, type XapiScope } from '@lms/contracts';
import { TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { FormActions } from '../../../staff/components/form-actions';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useCreateXapiClient } from '../api/xapi-clients';

/** A new LRS client: a name people recognise and what it may do; its credentials come back once. */
export function XapiClientForm({ onCreated, onCancel }: { onCreated: (credentials: XapiClientCredentials, name: string) => void; onCancel: () => void }) {
  const t = useT();
  const create = useCreateXapiClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<XapiScope[]>(['statements/write']);
  const [problems, setProblems] = useState<{ name?: string; scopes?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      name: !name.trim() ? t('staff.form.required') : name.trim().length > 200 ? t('staff.form.tooLong', { max: 200 }) : undefined,
      scopes: scopes.length === 0 ? t('staff.admin.xapi.noScope') : undefined,
    };
    setProblems(found);
    if (found.name || found.scopes) return;
    create.mutate({ name: name.trim(), scopes }, { onSuccess: (credentials) => onCreated(credentials, name.trim()) });
  };

  return (
    <form className="card staff-form" onSubmit={submit} noValidate data-testid="xapi-client-form">
      <TextField label={t('staff.admin.xapi.name')} hint={t('staff.admin.xapi.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={problems.name} autoComplete="off" />
      <fieldset className="staff-step">
        <legend>{t('staff.admin.xapi.scopes')}</legend>
        {XAPI_SCOPES.map((scope) => (
          <label key={scope} className="toggle-chip">
            <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} /> {t(`staff.admin.xapi.scope.${scope}`)}
          </label>
        ))}
        {problems.scopes && <p className="field__error">{problems.scopes}</p>}
      </fieldset>
      <WriteErrorAlert error={create.error} />
      <FormActions submitLabel={t('staff.admin.xapi.create')} busy={create.isPending} cancelLabel={t('staff.assign.cancel')} onCancel={onCancel} />
    </form>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import type { Role, UserView } from '@lms/contracts';
import { SelectField, TextField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { FormActions } from '../../../staff/components/form-actions';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useUser } from '../../auth/hooks/use-session';
import { useOrgTree } from '../api/org-tree';
import { useCreateUser, useUpdateUser, type UserFields } from '../api/users';
import { orgOptions } from '../lib/org-options';
import { changedFields, checkUser, fieldsOf, grantableRoles, optional, serverFieldProblem, type FieldProblems } from '../lib/user-fields';

interface UserFormProps {
  /** The person to edit; left out, the form adds a new one. */
  user?: UserView;
  onSaved: (user: UserView) => void;
  onCancel: () => void;
}

/**
 * A person's details, unit, roles and status. It checks what the API would refuse before sending,
 * sends only what changed, and puts the server's own refusals (a taken email, a role the reader
 * may not give) where they belong. Nobody changes their own roles or status.
 */
export function UserForm({ user, onSaved, onCancel }: UserFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const me = useUser();
  const tree = useOrgTree();
  const units = useMemo(() => orgOptions(tree.data ?? [], locale), [tree.data, locale]);
  const initial = useMemo(() => fieldsOf(user, ''), [user]);
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const save = useSaveUser(user);
  const self = !!user && user.id === me?.id;
  const grantable = grantableRoles(me?.roles ?? []);
  // Roles the reader may not touch stay as they are, shown but locked.
  const shownRoles = [...new Set<Role>([...grantable, ...fields.roles])];

  const set = <K extends keyof UserFields>(key: K, value: UserFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const toggleRole = (role: Role, on: boolean) => set('roles', on ? [...fields.roles, role] : fields.roles.filter((r) => r !== role));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed: UserFields = { ...fields, password: fields.password || undefined, orgUnitId: fields.orgUnitId || units[0]?.value || '', email: fields.email.trim(), displayName: fields.displayName.trim(), employeeId: optional(fields.employeeId ?? ''), position: optional(fields.position ?? '') };
    const found = checkUser(typed);
    setProblems(found);
    if (Object.keys(found).length) return;
    const changes = user ? changedFields(initial, typed) : typed;
    if (user && Object.keys(changes).length === 0) return onSaved(user);
    save.mutate(changes, {
      onSuccess: onSaved,
      onError: (error) => setProblems(serverFieldProblem(error)),
    });
  };

  const problem = (name: keyof FieldProblems) => (problems[name] ? t(problems[name]) : undefined);
  const fieldProblem = Object.keys(serverFieldProblem(save.error)).length > 0;
  return (
    <form className="card staff-form" onSubmit={submit} noValidate data-testid="user-form">
      <h2>{user ? t('staff.users.editTitle', { name: user.displayName }) : t('staff.users.newTitle')}</h2>
      <div className="staff-form__row">
        <TextField label={t('staff.users.displayName')} value={fields.displayName} onChange={(e) => set('displayName', e.target.value)} error={problem('displayName')} autoComplete="off" />
        <TextField label={t('staff.users.email')} type="email" value={fields.email} onChange={(e) => set('email', e.target.value)} error={problem('email')} autoComplete="off" lang="en" />
      </div>
      <div className="staff-form__row">
        <TextField label={t('staff.users.employeeId')} value={fields.employeeId ?? ''} onChange={(e) => set('employeeId', e.target.value)} error={problem('employeeId')} hint={t('staff.users.optional')} />
        <TextField label={t('staff.users.position')} value={fields.position ?? ''} onChange={(e) => set('position', e.target.value)} error={problem('position')} hint={t('staff.users.optional')} />
      </div>
      <div className="staff-form__row">
        <SelectField label={t('staff.users.unit')} value={fields.orgUnitId || units[0]?.value || ''} onChange={(e) => set('orgUnitId', e.target.value)} options={units} />
        <SelectField
          label={t('staff.users.locale')}
          value={fields.locale}
          onChange={(e) => set('locale', e.target.value as UserFields['locale'])}
          options={[
            { value: 'lo', label: t('lang.lo'), lang: 'lo' },
            { value: 'en', label: t('lang.en'), lang: 'en' },
          ]}
        />
      </div>
      <fieldset className="staff-step" aria-describedby={problems.roles ? 'user-roles-problem' : undefined}>
        <legend>{t('staff.users.roles')}</legend>
        {self && <p className="muted">{t('staff.users.ownRoles')}</p>}
        <div className="staff-form__row">
          {shownRoles.map((role) => (
            <label key={role} className="toggle-chip">
              <input type="checkbox" checked={fields.roles.includes(role)} disabled={self || !grantable.includes(role)} onChange={(e) => toggleRole(role, e.target.checked)} /> {t(`roles.${role}`)}
            </label>
          ))}
        </div>
        {problems.roles && (
          <p className="field__error" id="user-roles-problem">
            {t(problems.roles)}
          </p>
        )}
      </fieldset>
      <TextField
        label={t(user ? 'staff.users.newPassword' : 'staff.users.password')}
        type="password"
        autoComplete="new-password"
        value={fields.password ?? ''}
        onChange={(e) => set('password', e.target.value)}
        error={problem('password')}
        hint={t(user ? 'staff.users.newPasswordHint' : 'staff.users.passwordHint')}
        className="staff-narrow"
      />
      {user && (
        <SelectField
          label={t('staff.users.status')}
          value={fields.status}
          disabled={self}
          onChange={(e) => set('status', e.target.value as UserView['status'])}
          options={[
            { value: 'active', label: t('staff.users.status.active') },
            { value: 'disabled', label: t('staff.users.status.disabled') },
          ]}
          className="staff-narrow"
        />
      )}
      {!fieldProblem && <WriteErrorAlert error={save.error} byStatus={{ 403: 'staff.users.forbidden', 404: 'staff.users.unitGone' }} />}
      <FormActions submitLabel={user ? t('staff.users.save') : t('staff.users.create')} busy={save.isPending} cancelLabel={t('staff.assign.cancel')} onCancel={onCancel} />
    </form>
  );
}

/** POST for a new person, PATCH for an existing one: one mutation either way, for the form. */
function useSaveUser(user: UserView | undefined) {
  const create = useCreateUser();
  const update = useUpdateUser(user?.id ?? '');
  const mutation = user ? update : create;
  return {
    ...mutation,
    mutate: (fields: Partial<UserFields>, callbacks: { onSuccess: (user: UserView) => void; onError: (error: unknown) => void }) =>
      user ? update.mutate(fields, callbacks) : create.mutate(fields as UserFields, callbacks),
  };
}

import type { OrgUnitKind, OrgUnitNode } from '@lms/contracts';
import { useId, useMemo, useState, type FormEvent, type Ref } from 'react';
import { Button, SelectField, TextField } from '../../../components/ui';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { orgOptions } from '../../hr-desk/lib/org-options';
import { useCreateOrgUnit } from '../api/org-units';
import { errorCode, refusedFields } from '../lib/server-problems';

const KINDS: readonly OrgUnitKind[] = ['ministry', 'department', 'division', 'province', 'district', 'institute'];
/** The server's rule (CreateOrgUnitDto): 2–64 upper-case letters, digits, - or _, starting with a letter or digit. */
const CODE = /^[A-Z0-9][A-Z0-9_-]{1,63}$/;
const NAME_MAX = 200;

type Field = 'parentId' | 'code' | 'name.lo' | 'name.en' | 'kind';
type Problems = Partial<Record<Field, MessageKey>>;

/** What the server's refusal says about each field: its codes first, then the fields a 400 names. */
function serverProblems(error: unknown): Problems {
  const code = errorCode(error);
  if (code === 'org.code-taken') return { code: 'staff.admin.org.codeTaken' };
  if (code === 'org.parent-not-found') return { parentId: 'staff.admin.org.parentGone' };
  if (code === 'org.kind-not-allowed') return { kind: 'staff.admin.org.kindNotAllowed' };
  const problems: Problems = {};
  for (const field of refusedFields(error)) {
    if (field === 'code') problems.code = 'staff.admin.org.codeRule';
    else if (field === 'name.lo' || field === 'name.en' || field === 'parentId' || field === 'kind') problems[field] = 'staff.admin.org.fieldRefused';
  }
  return problems;
}

interface Props {
  tree: readonly OrgUnitNode[];
  parentId: string;
  onParentChange: (id: string) => void;
  onCreated: (name: string) => void;
  ref?: Ref<HTMLFormElement>;
}

/** POST /org-units: checked here as the server checks it, and the server's refusals shown by field. */
export function OrgUnitForm({ tree, parentId, onParentChange, onCreated, ref }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const create = useCreateOrgUnit();
  const [code, setCode] = useState('');
  const [nameLo, setNameLo] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [kind, setKind] = useState<OrgUnitKind | ''>('');
  const [problems, setProblems] = useState<Problems>({});
  const errorId = useId();
  /** A select has no error slot of its own: its message follows it and is read with it. */
  const selectError = (field: 'parentId' | 'kind') => (problems[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${errorId}-${field}` } : {});
  const parents = useMemo(() => [{ value: '', label: t('staff.admin.org.top') }, ...orgOptions(tree, locale)], [tree, locale, t]);

  const check = (): Problems => {
    const found: Problems = {};
    if (!CODE.test(code.trim())) found.code = code.trim() ? 'staff.admin.org.codeRule' : 'staff.form.required';
    if (!nameLo.trim()) found['name.lo'] = 'staff.form.required';
    if (!nameEn.trim()) found['name.en'] = 'staff.form.required';
    if (nameLo.trim().length > NAME_MAX) found['name.lo'] = 'staff.admin.org.nameTooLong';
    if (nameEn.trim().length > NAME_MAX) found['name.en'] = 'staff.admin.org.nameTooLong';
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length) return;
    const name = { lo: nameLo.trim(), en: nameEn.trim() };
    create.mutate(
      { code: code.trim(), name, ...(parentId ? { parentId } : {}), ...(kind ? { kind } : {}) },
      {
        onSuccess: () => {
          onCreated(name[locale]);
          setCode('');
          setNameLo('');
          setNameEn('');
          setKind('');
        },
        onError: (error) => setProblems(serverProblems(error)),
      },
    );
  };

  const message = (field: Field) => {
    const key = problems[field];
    return key ? t(key, { max: NAME_MAX }) : undefined;
  };
  const unexplained = create.isError && Object.keys(problems).length === 0;

  return (
    <form ref={ref} className="card staff-form stack" onSubmit={submit} noValidate aria-labelledby="org-form-title" data-testid="org-unit-form">
      <h3 id="org-form-title">{t('staff.admin.org.new')}</h3>
      <SelectField label={t('staff.admin.org.parent')} value={parentId} onChange={(e) => onParentChange(e.target.value)} options={parents} {...selectError('parentId')} />
      {problems.parentId && (
        <p className="field__error" id={`${errorId}-parentId`}>
          {message('parentId')}
        </p>
      )}
      <div className="staff-form__row">
        <TextField label={t('staff.admin.org.code')} hint={t('staff.admin.org.codeHint')} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} error={message('code')} autoComplete="off" spellCheck={false} />
        <SelectField
          label={t('staff.admin.org.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as OrgUnitKind | '')}
          {...selectError('kind')}
          options={[{ value: '', label: t('staff.admin.org.kindAuto') }, ...KINDS.map((k) => ({ value: k, label: t(`staff.admin.org.kind.${k}`) }))]}
        />
      </div>
      {problems.kind && (
        <p className="field__error" id={`${errorId}-kind`}>
          {message('kind')}
        </p>
      )}
      <div className="staff-form__row">
        <TextField label={t('staff.admin.org.nameLo')} lang="lo" value={nameLo} onChange={(e) => setNameLo(e.target.value)} error={message('name.lo')} />
        <TextField label={t('staff.admin.org.nameEn')} lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} error={message('name.en')} />
      </div>
      {unexplained && <WriteErrorAlert error={create.error} />}
      <div>
        <Button type="submit" busy={create.isPending}>
          {t('staff.admin.org.submit')}
        </Button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { UserView } from '@lms/contracts';
import { Alert, Button, Card, LiveRegion, SelectField, TextField } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { isLocale, useLocale, useT } from '../../../lib/i18n';
import { useUpdateMe } from '../api/update-me';

/** Display name and interface language, saved with PATCH /me. */
export function ProfileForm({ me }: { me: UserView }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setLanguage] = useState(locale);
  const [nameMissing, setNameMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = displayName.trim();
    setNameMissing(!name);
    if (!name) return;
    update.mutate({ displayName: name, locale: language }, { onSuccess: (saved) => setLocale(saved.locale) });
  };

  const error = update.isError
    ? update.error instanceof ApiError && update.error.statusCode === 400
      ? update.error.message
      : genericErrorMessage(t, update.error)
    : null;

  return (
    <Card title={t('profile.edit')}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('profile.displayName')}
          name="displayName"
          autoComplete="name"
          maxLength={200}
          required
          value={displayName}
          error={nameMissing ? t('profile.displayNameRequired') : undefined}
          onChange={(event) => {
            setDisplayName(event.target.value);
            update.reset();
          }}
        />
        <SelectField
          label={t('profile.language')}
          name="locale"
          value={language}
          options={[
            { value: 'lo', label: t('lang.lo'), lang: 'lo' },
            { value: 'en', label: t('lang.en'), lang: 'en' },
          ]}
          onChange={(event) => {
            if (isLocale(event.target.value)) setLanguage(event.target.value);
            update.reset();
          }}
        />
        {error && <Alert tone="error">{error}</Alert>}
        <LiveRegion>{update.isSuccess && <Alert tone="success">{t('profile.saved')}</Alert>}</LiveRegion>
        <Button type="submit" busy={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </form>
    </Card>
  );
}

import { LoadError, Loading } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { DataSaverSwitch } from './data-saver-switch';
import { PasswordForm } from './password-form';
import { ProfileDetails } from './profile-details';
import { ProfileForm } from './profile-form';

export function ProfileScreen() {
  const t = useT();
  const me = useMe();

  return (
    <div className="page stack">
      <h1 className="page__title">{t('profile.title')}</h1>
      {me.data ? (
        <>
          <ProfileDetails me={me.data} />
          {/* The form starts from the server's values, not the session's copy shown meanwhile. */}
          {me.isPlaceholderData ? <p role="status">{t('common.loading')}</p> : <ProfileForm key={me.data.id} me={me.data} />}
          <PasswordForm username={me.data.email} />
        </>
      ) : me.isError ? (
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading paused={me.isPaused} />
      )}
      {/* The device's own settings work signed in but offline too, whatever /me answers. */}
      <DataSaverSwitch />
    </div>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, TextField } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { useT, type TFunction } from '../../../lib/i18n';
import { getSignOutReason } from '../../../lib/session';
import { useLogin } from '../api/login';

function loginErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.statusCode === 401) return t('auth.login.invalid');
    if (error.statusCode === 429) return t('auth.login.throttled');
  }
  return genericErrorMessage(t, error);
}

/** Email or employee id, and password. On success the session is stored; the route moves on. */
export function LoginForm() {
  const t = useT();
  const loginMutation = useLogin();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [expired] = useState(() => getSignOutReason() === 'expired');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = login.trim();
    if (!trimmed || !password) {
      setMissing(true);
      (trimmed ? passwordRef : loginRef).current?.focus();
      return;
    }
    setMissing(false);
    loginMutation.mutate(
      { login: trimmed, password },
      {
        onError: () => {
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const error = missing ? t('auth.login.required') : loginMutation.isError ? loginErrorMessage(t, loginMutation.error) : null;
  const busy = loginMutation.isPending;

  return (
    <form className="form" data-testid="login-form" onSubmit={onSubmit} noValidate aria-busy={busy || undefined}>
      {expired && !error && <Alert tone="info">{t('auth.sessionExpired')}</Alert>}
      <TextField
        ref={loginRef}
        label={t('auth.login.loginLabel')}
        name="login"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        inputMode="email"
        required
        value={login}
        onChange={(event) => setLogin(event.target.value)}
      />
      <TextField
        ref={passwordRef}
        label={t('auth.login.passwordLabel')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" block busy={busy}>
        {busy ? t('auth.login.submitting') : t('auth.login.submit')}
      </Button>
    </form>
  );
}

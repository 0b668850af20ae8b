import { genericErrorMessage } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { Alert } from './alert';
import { Button } from './button';

/** A screen's data could not be loaded: why, in words, and a way to try again. */
export function LoadError({ error, onRetry, busy }: { error: unknown; onRetry: () => void; busy?: boolean }) {
  const t = useT();
  return (
    <Alert tone="error">
      <p>{genericErrorMessage(t, error)}</p>
      <Button variant="secondary" onClick={onRetry} busy={busy}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

/**
 * A screen's data is on its way (announced politely), with what is loading when the screen says.
 * `paused`: there is no network and nothing kept on the device, so the request waits for the
 * connection (TanStack Query's paused state) — say so instead of spinning for ever.
 */
export function Loading({ children, paused }: { children?: string; paused?: boolean }) {
  const t = useT();
  if (paused) {
    return (
      <p className="loading-panel" role="status">
        {t('common.waitingForNetwork')}
      </p>
    );
  }
  return (
    <p className="loading-panel" role="status">
      <span className="spinner" aria-hidden="true" />
      {children ?? t('common.loading')}
    </p>
  );
}

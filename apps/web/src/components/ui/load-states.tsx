import { genericErrorMessage } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { Alert } from './alert';
import { Button } from './button';

/** A screen's data could not be loaded: why, in words, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert tone="error">
      <p>{genericErrorMessage(t, error)}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

/** A screen's data is on its way (announced politely). */
export function Loading({ className = 'muted' }: { className?: string }) {
  const t = useT();
  return (
    <p role="status" className={className}>
      {t('common.loading')}
    </p>
  );
}

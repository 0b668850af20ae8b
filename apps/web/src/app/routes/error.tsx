import { Button, Card } from '../../components/ui';
import { useT } from '../../lib/i18n';

/** Shown when rendering fails (for example, a screen's code could not be downloaded offline). */
export function RouteError() {
  const t = useT();
  return (
    <main className="page page--narrow">
      <Card title={t('app.errorTitle')}>
        <p>{t('app.errorBody')}</p>
        <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
      </Card>
    </main>
  );
}

import { Button, Card } from '../../components/ui';
import { useT } from '../../lib/i18n';
import { usePageTitle } from '../../hooks/use-page-title';

/** Shown when rendering fails (for example, a screen's code could not be downloaded offline). */
export function RouteError() {
  usePageTitle('app.errorTitle');
  const t = useT();
  return (
    <main className="page page--narrow">
      <Card>
        <h1 className="card__title">{t('app.errorTitle')}</h1>
        <p>{t('app.errorBody')}</p>
        <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
      </Card>
    </main>
  );
}

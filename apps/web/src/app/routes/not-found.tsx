import { Link } from '../../lib/router';
import { Card } from '../../components/ui';
import { useT } from '../../lib/i18n';
import { usePageTitle } from '../../hooks/use-page-title';

export function NotFoundRoute() {
  usePageTitle('notFound.title');
  const t = useT();
  return (
    <div className="page">
      <Card>
        <h1 className="card__title">{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <Link className="btn btn--secondary" to="/">
          {t('notFound.back')}
        </Link>
      </Card>
    </div>
  );
}

import { Link } from '../../lib/router';
import { Card } from '../../components/ui';
import { useT } from '../../lib/i18n';

export function NotFoundRoute() {
  const t = useT();
  return (
    <div className="page">
      <Card title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
        <Link className="btn btn--secondary" to="/">
          {t('notFound.back')}
        </Link>
      </Card>
    </div>
  );
}

import { Card } from '../components/ui';
import { usePageTitle } from '../hooks/use-page-title';
import { useT } from '../lib/i18n';
import { Link } from '../lib/router';

/** A staff page the user may not open, or that does not exist: the page's one h1 and a way on. */
export function StaffDeadEnd({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const t = useT();
  usePageTitle(`staff.${kind}.title`);
  return (
    <div className="page page--narrow">
      <Card>
        <h1 className="page__title">{t(`staff.${kind}.title`)}</h1>
        <p>{t(`staff.${kind}.body`)}</p>
        {kind === 'forbidden' ? (
          <a className="btn btn--primary" href="/">
            {t('staff.nav.learning')}
          </a>
        ) : (
          <Link className="btn btn--primary" to="/staff">
            {t('staff.back')}
          </Link>
        )}
      </Card>
    </div>
  );
}

import { Card } from '../../components/ui';
import { useUser } from '../../features/auth/hooks/use-session';
import { useT } from '../../lib/i18n';

/** "My learning". Courses and enrolments come in a later step; until then a friendly word. */
export function HomeRoute() {
  const t = useT();
  const user = useUser();
  return (
    <div className="page stack">
      <h1 className="page__title" data-testid="home-title">
        {t('home.title')}
      </h1>
      <Card className="welcome">
        <svg className="welcome__art" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
          <rect width="64" height="64" rx="16" fill="#dbeafe" />
          <path d="M32 22c-6-4-13-5-20-4.5v26c7-.5 14 .5 20 4.5 6-4 13-5 20-4.5v-26c-7-.5-14 .5-20 4.5z" fill="#1d4ed8" />
          <path d="M32 22v26" stroke="#dbeafe" strokeWidth="2" />
        </svg>
        <div>
          <p className="welcome__greeting">{t('home.welcome', { name: user?.displayName ?? '' })}</p>
          <p className="muted">{t('home.comingSoon')}</p>
        </div>
      </Card>
    </div>
  );
}

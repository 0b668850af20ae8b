import './words';
import { useEffect } from 'react';
import { AppProvider } from '../app/provider';
import { RouteError } from '../app/routes/error';
import { ErrorBoundary } from '../components/error-boundary';
import { RequireRole } from '../features/auth/components/require-role';
import { useSession } from '../features/auth/hooks/use-session';
import { BrowserRouter, useLocation } from '../lib/router';
import { StaffDeadEnd } from './dead-end';
import { StaffShell } from './layout/staff-shell';
import { StaffRoutes } from './routes';
import { STAFF_ROLES } from './sections';

/** Not signed in: the learner app's sign-in page (another page), which comes back here after. */
function SignInFirst() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    window.location.replace(`/login?next=${encodeURIComponent(pathname + search)}`);
  }, [pathname, search]);
  return null;
}

function StaffArea() {
  const session = useSession();
  if (!session) return <SignInFirst />;
  return (
    <RequireRole roles={STAFF_ROLES} fallback={<StaffDeadEnd kind="forbidden" />}>
      <StaffShell>
        <StaffRoutes />
      </StaffShell>
    </RequireRole>
  );
}

/**
 * The staff app (/staff/*): the instructor, HR and admin screens. It is its own page, built apart
 * from the learner app (apps/web/vite.staff.config.mts), so that nothing of it is ever in what a
 * learner downloads; each of its screens loads on demand.
 */
export function StaffApp() {
  return (
    <AppProvider>
      <BrowserRouter>
        <ErrorBoundary fallback={<RouteError />}>
          <StaffArea />
        </ErrorBoundary>
      </BrowserRouter>
    </AppProvider>
  );
}

import type { ReactNode } from 'react';
import { Navigate, useLocation } from '../../../lib/router';
import { getSignOutReason } from '../../../lib/session';
import { useSession } from '../hooks/use-session';

/** Shows its children to a signed-in user; anyone else goes to /login and comes back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    // After an explicit log out the next person starts at home, not where the last one was.
    const from = getSignOutReason() === 'logout' ? undefined : `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={from ? { from } : undefined} />;
  }
  return children;
}

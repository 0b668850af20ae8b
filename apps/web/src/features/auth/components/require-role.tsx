import type { Role } from '@lms/contracts';
import type { ReactNode } from 'react';
import { useUser } from '../hooks/use-session';

/**
 * Shows its children only to a user with one of `roles`; anyone else sees `fallback`. The
 * screens only hide what the API refuses anyway: every staff endpoint checks the role itself.
 */
export function RequireRole({ roles, fallback, children }: { roles: readonly Role[]; fallback: ReactNode; children: ReactNode }) {
  const user = useUser();
  return user?.roles.some((role) => roles.includes(role)) ? children : fallback;
}

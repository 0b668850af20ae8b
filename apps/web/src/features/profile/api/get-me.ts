import { useQuery } from '@tanstack/react-query';
import type { UserView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { getSession, updateSessionUser } from '../../../lib/session';

export const meQueryKey = ['me'] as const;

/** GET /me: the signed-in user. Also refreshes the copy kept in the session (top bar, locale). */
export async function getMe(): Promise<UserView> {
  const me = await api.get<UserView>('/me');
  updateSessionUser({ displayName: me.displayName, email: me.email, roles: me.roles, orgUnitId: me.orgUnitId, locale: me.locale });
  return me;
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: getMe,
    // Show what the session already knows while the fresh copy loads.
    placeholderData: () => {
      const user = getSession()?.user;
      return user ? ({ employeeId: null, position: null, status: 'active', emailOptOut: false, createdAt: '', updatedAt: '', ...user } satisfies UserView) : undefined;
    },
  });
}

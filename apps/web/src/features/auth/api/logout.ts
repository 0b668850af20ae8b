import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { clearSession, getSession } from '../../../lib/session';
import { offlineCacheName, offlineIndexKey } from '../../../lib/offline/offline-cache';

/**
 * POST /auth/logout revokes the refresh token on the server; the local session is cleared
 * whatever the answer (offline, already expired), so the device is signed out in any case.
 */
export async function logout(): Promise<void> {
  const session = getSession();
  try {
    if (session) await api.post<void>('/auth/logout', { refreshToken: session.refreshToken });
  } catch {
    // the server will expire the token anyway
  } finally {
    clearSession('logout');
    // What this user downloaded for offline reading is theirs: it goes with them.
    if (session) {
      try {
        localStorage.removeItem(offlineIndexKey(session.user.id));
      } catch {
        // storage unavailable: there is no index either
      }
      if (typeof caches !== 'undefined') await caches.delete(offlineCacheName(session.user.id)).catch(() => false);
    }
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => queryClient.clear(),
  });
}

import { useSyncExternalStore } from 'react';
import type { SessionUser } from '@lms/contracts';
import { getSession, subscribeSession, type Session } from '../../../lib/session';

/** The current session (null when signed out); re-renders on sign-in, refresh and sign-out, in any tab. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

export function useUser(): SessionUser | null {
  return useSession()?.user ?? null;
}

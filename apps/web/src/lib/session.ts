import type { SessionUser, TokenPair } from '@lms/contracts';

/**
 * The signed-in session: `{ accessToken, refreshToken, user }` as one JSON value in localStorage
 * (key `lane.session`), exposed as a small external store (subscribe/getSnapshot) for React's
 * useSyncExternalStore. Other tabs are followed through the `storage` event, so logging out in
 * one tab logs out all of them.
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

/** Why the session ended, for the login screen to explain (only kept in memory). */
export type SignOutReason = 'logout' | 'expired';

export const SESSION_STORAGE_KEY = 'lane.session';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: Session | null | undefined;
let lastSignOutReason: SignOutReason | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode on some browsers)
  }
}

function read(): Session | null {
  const raw = storage()?.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    const valid =
      typeof session.accessToken === 'string' && typeof session.refreshToken === 'string' && typeof session.user?.id === 'string';
    return valid ? (session as Session) : null;
  } catch {
    return null;
  }
}

function write(session: Session | null): void {
  const store = storage();
  try {
    if (session) store?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else store?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // storage full or disabled: the session lasts for this page only
  }
  cached = session;
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  if (cached === undefined) cached = read();
  return cached;
}

export function setSession(session: Session): void {
  lastSignOutReason = null;
  write({ accessToken: session.accessToken, refreshToken: session.refreshToken, user: session.user });
}

/** Stores a rotated token pair, keeping the user. */
export function setTokens(pair: Pick<TokenPair, 'accessToken' | 'refreshToken'>): void {
  const current = getSession();
  if (current) write({ ...current, accessToken: pair.accessToken, refreshToken: pair.refreshToken });
}

export function updateSessionUser(patch: Partial<SessionUser>): void {
  const current = getSession();
  if (current) write({ ...current, user: { ...current.user, ...patch } });
}

export function clearSession(reason: SignOutReason = 'logout'): void {
  lastSignOutReason = reason;
  write(null);
}

/** Why the last session in this tab ended, until the next sign-in. */
export function getSignOutReason(): SignOutReason | null {
  return lastSignOutReason;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== SESSION_STORAGE_KEY) return;
    cached = undefined;
    for (const listener of listeners) listener();
  });
}

import { useQuery } from '@tanstack/react-query';
import type { IssuerJwk, IssuerKeySet } from '../lib/certificate-jws';

/** Outside /api/v1 on purpose: the URL never changes with the API version. */
export const JWKS_URL = '/.well-known/jwks.json';
/** The institute's public keys as last fetched on this device, so that a check works with no connection. */
export const JWKS_STORAGE_KEY = 'lane.jwks';

export interface IssuerKeys extends IssuerKeySet {
  /** When this device fetched them (ms since the epoch). */
  savedAt: number;
  /** True while these are the copy saved on this device, not a fresh answer. */
  fromCache: boolean;
}

function asKeys(value: unknown): IssuerJwk[] | null {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { keys?: unknown }).keys)) return null;
  const keys = (value as { keys: unknown[] }).keys.filter(
    (k): k is IssuerJwk => !!k && typeof k === 'object' && ['kty', 'crv', 'x', 'kid'].every((f) => typeof (k as Record<string, unknown>)[f] === 'string'),
  );
  return keys;
}

/** The saved copy, or undefined when there is none (or storage is unavailable). */
export function readSavedIssuerKeys(): IssuerKeys | undefined {
  try {
    const raw = window.localStorage.getItem(JWKS_STORAGE_KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { keys?: unknown; savedAt?: unknown };
    const keys = asKeys(saved);
    if (!keys || typeof saved.savedAt !== 'number') return undefined;
    return { keys, savedAt: saved.savedAt, fromCache: true };
  } catch {
    return undefined;
  }
}

function saveIssuerKeys(keys: IssuerJwk[], savedAt: number): void {
  try {
    window.localStorage.setItem(JWKS_STORAGE_KEY, JSON.stringify({ keys, savedAt }));
  } catch {
    // storage full or unavailable: the keys serve this visit only
  }
}

/** GET /.well-known/jwks.json, saved on this device for the next check. */
export async function fetchIssuerKeys(signal?: AbortSignal): Promise<IssuerKeys> {
  const response = await fetch(JWKS_URL, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`GET ${JWKS_URL}: HTTP ${response.status}`);
  const keys = asKeys(JSON.parse(await response.text()) as unknown);
  if (!keys) throw new Error(`GET ${JWKS_URL}: not a key set`);
  const savedAt = Date.now();
  saveIssuerKeys(keys, savedAt);
  return { keys, savedAt, fromCache: false };
}

/**
 * The institute's keys: the saved copy at once (so the check answers on a slow or absent
 * connection), replaced by a fresh copy as soon as the network gives one. Every key that ever
 * signed stays in the set, so a fresh copy never loses one that an older certificate needs.
 */
export function useIssuerKeys(enabled: boolean) {
  return useQuery({
    queryKey: ['issuer-keys'],
    queryFn: ({ signal }) => fetchIssuerKeys(signal),
    enabled,
    networkMode: 'always',
    initialData: readSavedIssuerKeys,
    // The saved copy counts as stale, so a fresh one is always asked for in the background.
    initialDataUpdatedAt: 0,
    staleTime: 5 * 60_000,
  });
}

import { useQuery } from '@tanstack/react-query';
import { verifyCertificateJws, type CertificateJwsCheck } from '../lib/certificate-jws';
import { useIssuerKeys, type IssuerKeys } from './get-issuer-keys';

export type OfflineCheck =
  | { state: 'checking' }
  /** No key set at all: never fetched on this device and the network gives none now. */
  | { state: 'no-keys' }
  | { state: 'done'; result: CertificateJwsCheck; keys: IssuerKeys };

/** Checks the JWS from the link's fragment (null: there is none) with the institute's keys. */
export function useOfflineCheck(jws: string | null): OfflineCheck | null {
  const keys = useIssuerKeys(jws !== null);
  const keySet = keys.data;
  const check = useQuery({
    queryKey: ['certificate-jws', jws, keySet?.keys.map((k) => `${k.kid}:${k.x}`).join(',')],
    queryFn: () => verifyCertificateJws(jws!, keySet!),
    enabled: jws !== null && keySet !== undefined,
    networkMode: 'always',
    staleTime: Infinity,
    retry: false,
    // While a fresh key set is checked, keep showing the answer from the saved one.
    placeholderData: (previous) => previous,
  });

  if (jws === null) return null;
  if (!keySet) return keys.isError ? { state: 'no-keys' } : { state: 'checking' };
  if (check.isError) return { state: 'done', result: { status: 'malformed' }, keys: keySet };
  if (!check.data) return { state: 'checking' };
  // A key newer than the saved copy: wait for the fresh key set before saying "unknown".
  if (check.data.status === 'unknown-key' && keySet.fromCache && keys.isFetching) return { state: 'checking' };
  return { state: 'done', result: check.data, keys: keySet };
}

/** What an xAPI client may do in the LRS (CONTRACT.md § xAPI). */
export const XAPI_SCOPES = ['statements/read', 'statements/write', 'state', 'profiles'] as const;
export type XapiScope = (typeof XAPI_SCOPES)[number];

/** POST /xapi-clients answers this once: the secret is never shown again. */
export interface XapiClientCredentials {
  id: string;
  key: string;
  secret: string;
}

/** GET /xapi-clients: a client as admins see it later, without its secret. */
export interface XapiClientView {
  id: string;
  name: string;
  key: string;
  scopes: XapiScope[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

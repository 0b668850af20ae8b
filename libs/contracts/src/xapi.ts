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

/** GET /xapi-forwarding: how forwarding Lane's statements to another LRS goes; `endpoint` is null when it is off. */
export interface XapiForwardingStatus {
  endpoint: string | null;
  /** Statements delivered so far. */
  forwarded: number;
  /** Lane's statements not delivered yet. */
  pending: number;
  /** Failed deliveries in a row, and the last one's error. */
  failures: number;
  lastError: string | null;
  lastSuccessAt: string | null;
  nextAttemptAt: string | null;
}

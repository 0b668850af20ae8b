import type { XapiClientView, XapiScope } from '@lms/contracts';

export interface NewXapiClient {
  name: string;
  key: string;
  secretSha256: Buffer;
  scopes: XapiScope[];
  createdBy: string;
}

/** The client an LRS request names by its key, with what it needs to check the secret. */
export interface XapiClientCredential {
  id: string;
  name: string;
  secretSha256: Buffer;
  scopes: XapiScope[];
  revoked: boolean;
  lastUsedAt: Date | null;
}

export abstract class XapiClientsRepository {
  /** Stores the client and its audit row together. */
  abstract create(client: NewXapiClient): Promise<XapiClientView>;
  abstract list(page: { offset: number; limit: number }): Promise<{ items: XapiClientView[]; total: number }>;
  /** Revokes it (audited); 'missing' or 'already' when there is nothing to do. */
  abstract revoke(id: string, by: string, at: Date): Promise<'revoked' | 'missing' | 'already'>;
  abstract byKey(key: string): Promise<XapiClientCredential | null>;
  /** Notes the use (the service calls it at most once a minute per client, so a busy client does not write on every request). */
  abstract touch(id: string, at: Date): Promise<void>;
}

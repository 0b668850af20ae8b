import type { DocumentKey, DocumentScope } from './document-params';

/** A stored document (Communication §2.2.s2): its bytes as sent, their media type and ETag, and when it last changed. */
export interface StoredDocument {
  contentType: string;
  content: Buffer;
  etag: string;
  updated: Date;
}

/** What a write makes of the current document: a new one in its place, none, or no change. */
export type DocumentChange = { put: { contentType: string; content: Buffer; updated: Date } } | { remove: true } | { keep: true };

export abstract class DocumentsRepository {
  abstract get(key: DocumentKey): Promise<StoredDocument | null>;
  /** The ids of the scope's documents updated after `since` (exclusive), and the newest update among them. */
  abstract ids(scope: DocumentScope, since: string | null): Promise<{ ids: string[]; updated: Date | null }>;
  /**
   * Reads the current document and applies what `decide` makes of it, in one transaction that
   * holds its key: two writers of one document go one after the other, so a precondition checked
   * in `decide` still holds when the change lands. `decide` may throw to change nothing.
   */
  abstract change(key: DocumentKey, decide: (current: StoredDocument | null) => DocumentChange): Promise<void>;
  /** Deletes every document in the scope (the State Resource's multiple-document DELETE). */
  abstract removeAll(scope: DocumentScope): Promise<void>;
}

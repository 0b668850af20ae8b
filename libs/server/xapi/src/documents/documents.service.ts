import { BadRequestException, ConflictException, Injectable, NotFoundException, PreconditionFailedException } from '@nestjs/common';
import { Clock } from '@lms/server-core';
import { isJsonObject, type JsonObject } from '../statements/problems';
import { parseDocumentParams, type DocumentKey, type DocumentOperation, type DocumentResource, type DocumentTarget } from './document-params';
import { DocumentsRepository, type StoredDocument } from './documents.repository';
import { checkPreconditions, documentEtag, type Preconditions } from './preconditions';

/** A document as a request carries it: its bytes and their media type. */
export interface DocumentBody {
  contentType: string;
  content: Buffer;
}

export type DocumentRead = { one: StoredDocument } | { ids: string[]; updated: Date | null; etag: string };

const JSON_TYPE = 'application/json';
const isJson = (contentType: string) => contentType.split(';')[0].trim().toLowerCase() === JSON_TYPE;

/** The document as a JSON object, or null if it is not one (§2.2.s8.b1). */
function jsonObjectOf(document: DocumentBody): JsonObject | null {
  if (!isJson(document.contentType)) return null;
  try {
    const value: unknown = JSON.parse(document.content.toString('utf8'));
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The State, Activity Profile and Agent Profile resources (Communication §2.2, §2.3, §2.6, §2.7):
 * documents stored whole by PUT, merged as JSON by POST, read one at a time or listed by id, and
 * deleted; with ETag concurrency (§3.1) checked under the document's lock.
 */
@Injectable()
export class XapiDocumentsService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly clock: Clock,
  ) {}

  async read(resource: DocumentResource, params: Record<string, unknown>): Promise<DocumentRead> {
    const target = this.target(resource, params, 'read');
    if (target.documentId === null) {
      const { ids, updated } = await this.documents.ids(target.scope, target.since);
      return { ids, updated, etag: documentEtag(Buffer.from(JSON.stringify(ids))) };
    }
    const document = await this.documents.get({ ...target.scope, documentId: target.documentId });
    if (!document) throw new NotFoundException('No document with this id here');
    return { one: document };
  }

  /** PUT stores the document in place of any other; POST merges a JSON object into the stored one (§2.2.s7). */
  async write(resource: DocumentResource, params: Record<string, unknown>, method: 'PUT' | 'POST', body: DocumentBody, preconditions: Preconditions): Promise<void> {
    const key = this.key(this.target(resource, params, 'write'));
    const posted = method === 'POST' ? jsonObjectOf(body) : null;
    if (method === 'POST' && !posted) throw new BadRequestException('A POSTed document must be a JSON object sent as application/json: it is merged into the stored one');
    await this.documents.change(key, (current) => {
      this.guard(preconditions, current, method === 'PUT' && resource !== 'state');
      const updated = this.clock.now();
      if (!posted) return { put: { ...body, updated } };
      const stored = current ? jsonObjectOf(current) : {};
      if (!stored) throw new BadRequestException('The stored document is not a JSON object, so nothing can be merged into it: PUT the whole document instead');
      return { put: { contentType: JSON_TYPE, content: Buffer.from(JSON.stringify({ ...stored, ...posted })), updated } };
    });
  }

  /** DELETE one document, or (State only, without stateId) every one in the scope (§2.3.s5). */
  async remove(resource: DocumentResource, params: Record<string, unknown>, preconditions: Preconditions): Promise<void> {
    const target = this.target(resource, params, 'delete');
    if (target.documentId === null) return this.documents.removeAll(target.scope);
    await this.documents.change(this.key(target), (current) => {
      this.guard(preconditions, current, false);
      return current ? { remove: true } : { keep: true };
    });
  }

  private guard(preconditions: Preconditions, current: StoredDocument | null, unguardedPutRefused: boolean): void {
    const outcome = checkPreconditions(preconditions, current?.etag ?? null, unguardedPutRefused);
    if (outcome === 'failed') throw new PreconditionFailedException('The document has changed (If-Match) or exists already (If-None-Match): read it again and retry');
    if (outcome === 'unguarded') {
      throw new ConflictException('This document exists already: GET it to check its current state, then PUT with If-Match set to its ETag (or If-None-Match: * to create only)');
    }
  }

  private target(resource: DocumentResource, params: Record<string, unknown>, operation: DocumentOperation): DocumentTarget {
    const parsed = parseDocumentParams(resource, params, operation);
    if ('problems' in parsed) throw new BadRequestException({ message: `Invalid document request: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, details: parsed.problems });
    return parsed.target;
  }

  private key(target: DocumentTarget): DocumentKey {
    return { ...target.scope, documentId: target.documentId! };
  }
}

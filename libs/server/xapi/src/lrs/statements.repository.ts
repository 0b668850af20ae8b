import type { AttachmentData } from '../attachments/attachment-parts';
import type { OutgoingAttachment } from '../attachments/multipart-mixed';
import type { JsonObject } from '../statements';
import type { StatementIndex } from '../statements/statement-index';
import type { StatementQuery } from '../statements/statement-query';

/** A statement ready to store: as the LRS returns it, with its filter columns. */
export interface PreparedStatement {
  id: string;
  /** As the client sent it: what a repeat is compared with. */
  sent: JsonObject;
  statement: JsonObject;
  stored: string;
  index: StatementIndex;
}

/**
 * The advisory lock every statement insert holds shared for its transaction, so that the forwarder,
 * taking it exclusively, knows which seqs are final (TypeOrmForwardingRepository.horizon).
 */
export const STATEMENTS_WRITE_LOCK = 0x4c52_5301;

export type StoreOutcome = { ok: true } | { ok: false; conflict: string } | { ok: false; voidsVoiding: string };

export abstract class StatementsRepository {
  /**
   * Stores a batch all or nothing. A statement whose id is stored already is skipped when it is the
   * same statement and refuses the batch (conflict) when it is not; a voiding statement marks its
   * target voided, and may not target another voiding statement. `clientId` is null for Lane's own.
   */
  abstract store(batch: PreparedStatement[], clientId: string | null, same: (stored: JsonObject, incoming: JsonObject) => boolean, attachments?: AttachmentData[]): Promise<StoreOutcome>;
  /** The raw data the LRS holds for these attachment hashes (kept once per hash, with the batch that brought it). */
  abstract attachmentData(sha2s: string[]): Promise<OutgoingAttachment[]>;
  /** One statement by id: a voided one only when asked for as voided (Communication §2.1.4). */
  abstract byId(id: string, voided: boolean): Promise<JsonObject | null>;
  /**
   * One page of a statement query, after the cursor `after` (a `seq`) when given: the statements
   * as stored, newest first unless ascending, voided ones left out, with those that target a
   * matching statement through a StatementRef (Communication §2.1.3) included; and whether more follow.
   */
  abstract query(query: StatementQuery, after: number | null): Promise<{ statements: { seq: number; statement: JsonObject }[]; more: boolean }>;
  /** The definition of an activity in the newest statement naming it as its object, or null (Communication §2.5). */
  abstract activityDefinition(activityId: string): Promise<JsonObject | null>;
  /** The names statements gave an agent as their actor, newest first, at most 20 (Communication §2.6). */
  abstract agentNames(agentKey: string): Promise<string[]>;
}

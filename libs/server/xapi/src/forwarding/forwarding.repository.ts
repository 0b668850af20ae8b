import type { XapiForwardingStatus } from '@lms/contracts';
import type { JsonObject } from '../statements';

/** How far forwarding to one endpoint has come: the seq of the last statement it delivered. */
export interface ForwardingMark {
  seq: string;
  failures: number;
}

export interface ForwardedStatement {
  seq: string;
  statement: JsonObject;
}

export abstract class ForwardingRepository {
  /**
   * Takes the endpoint for `leaseMs` if no other worker holds it and it is not waiting out a
   * failure; null otherwise. A worker that dies holding it only delays forwarding by the lease.
   */
  abstract lease(endpoint: string, now: Date, leaseMs: number): Promise<ForwardingMark | null>;
  /**
   * Lane's own statements after the mark, in seq order, up to a horizon below which every statement
   * transaction has ended; [] when the horizon cannot be had quickly (a writer is slow), to try again later.
   */
  abstract after(mark: ForwardingMark, limit: number): Promise<ForwardedStatement[]>;
  /** The batch up to `last` was delivered: move the mark, clear the failures, keep the lease. */
  abstract delivered(endpoint: string, last: ForwardedStatement, count: number, now: Date): Promise<void>;
  /** Delivery failed: count it, keep the error, wait until `retryAt`, and let the lease go. */
  abstract failed(endpoint: string, error: string, now: Date, retryAt: Date): Promise<void>;
  abstract release(endpoint: string): Promise<void>;
  /** Where forwarding to the endpoint stands, for admins (counts and the last error). */
  abstract status(endpoint: string): Promise<Omit<XapiForwardingStatus, 'endpoint'>>;
}

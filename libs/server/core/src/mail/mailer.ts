/** One email to one person. `text` is required so every message reads in any client; `html` is optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

/**
 * Sends email. Implementations resolve once the mail server has accepted the message and reject
 * otherwise, so a queued job that sends mail is retried by BullMQ. Delivery is at least once: a
 * server that accepts a message but answers too late sees it again on the retry.
 */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}

/** A message that was not accepted. `permanent` when sending the same message again cannot succeed. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailDeliveryError';
  }
}

const SINGLE_ADDRESS = /^[^\s@,;<>"()]+@[^\s@,;<>"()]+$/;
const HEADER_NAME = /^[!-9;-~]+$/;
/** Headers the mailer writes itself; a caller overriding them could redirect or corrupt a message. */
const RESERVED_HEADERS = new Set(['from', 'sender', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding']);

/**
 * Refuses what no mail server should see: `to` must be exactly one bare address (a list would send
 * one person's notification to others), and custom headers must be well formed and not replace the
 * ones the mailer sets. Such a message can never go out, so the error is permanent.
 */
export function assertMailMessage(message: MailMessage): void {
  if (!SINGLE_ADDRESS.test(message.to)) throw new MailDeliveryError('Mail recipient must be exactly one address', true);
  if (/[\r\n]/.test(message.subject)) throw new MailDeliveryError('Mail subject must be one line', true);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new MailDeliveryError(`Mail header name "${name}" is not valid`, true);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new MailDeliveryError(`Mail header "${name}" is set by the mailer`, true);
    if (/[\r\n]/.test(value)) throw new MailDeliveryError(`Mail header "${name}" must be one line`, true);
  }
}

import { createHash } from 'node:crypto';
import { isJsonObject, problem, type StatementProblem } from '../statements/problems';
import { parseContentType, type MimePart } from './multipart-mixed';

/** The raw data of one attachment part, as received. */
export interface AttachmentData {
  /** Its X-Experience-API-Hash, lower-cased, checked to be the SHA-2 of `data`. */
  sha2: string;
  /** Its Content-Type header, when it had one (it SHOULD, Communication §1.5.2.s2.b2.b6). */
  contentType?: string;
  data: Buffer;
  /** Which part of the request carried it, counting the statements part as 1. */
  part: number;
}

/** Data 2.4.11.s2.table1.row6: sha2 is SHA-224, -256, -384 or -512, told apart by the length of its hex digest. */
const SHA2_BY_HEX_LENGTH: Record<number, string> = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/** The hex SHA-2 of `data` in the algorithm a digest of `hash`'s length comes from; null for no such length. */
export function sha2Digest(hash: string, data: Buffer): string | null {
  const algorithm = SHA2_BY_HEX_LENGTH[hash.length];
  return algorithm === undefined ? null : createHash(algorithm).update(data).digest('hex');
}

const partPath = (index: number) => `part ${index + 1}`;

/** Communication §1.5.2.s2.b2.b1, b6, §1.4.s1.b1: the first part is the statements, as UTF-8 application/json. */
function readStatementsPart(part: MimePart): { json: unknown } | { problems: StatementProblem[] } {
  const contentType = parseContentType(part.headers['content-type']);
  if (contentType === null || contentType.mediaType !== 'application/json') {
    return { problems: [problem(partPath(0), 'must be the statements, with Content-Type application/json')] };
  }
  const charset = contentType.parameters['charset']?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return { problems: [problem(partPath(0), `must be UTF-8, not charset ${charset}`)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(part.body);
  } catch {
    return { problems: [problem(partPath(0), 'is not valid UTF-8')] };
  }
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { problems: [problem(partPath(0), 'is not valid JSON')] };
  }
}

/**
 * Communication §1.5.2.s2.b2.b3, b4: an attachment part has X-Experience-API-Hash, which must be
 * the true SHA-2 of its raw data, and Content-Transfer-Encoding binary; a Content-Type it has must
 * be a media type, and a Content-Length its size.
 */
function readDataPart(part: MimePart, index: number): AttachmentData | { problems: StatementProblem[] } {
  const path = partPath(index);
  const problems: StatementProblem[] = [];
  const hash = part.headers['x-experience-api-hash']?.toLowerCase();
  if (hash === undefined || hash === '') {
    problems.push(problem(path, 'must have an X-Experience-API-Hash header'));
  } else {
    const actual = /^[0-9a-f]+$/.test(hash) ? sha2Digest(hash, part.body) : null;
    if (actual === null) problems.push(problem(path, 'has an X-Experience-API-Hash that is not a hex SHA-224, -256, -384 or -512 digest'));
    else if (actual !== hash) problems.push(problem(path, `has an X-Experience-API-Hash that is not the SHA-2 of its data (which is ${actual})`));
  }
  const encoding = part.headers['content-transfer-encoding'];
  if (encoding === undefined) problems.push(problem(path, 'must have the header Content-Transfer-Encoding: binary'));
  else if (encoding.toLowerCase() !== 'binary') problems.push(problem(path, `must have Content-Transfer-Encoding binary, not ${encoding}`));
  // §1.5.2.s2.b2.b7 with Data 2.4.11.s2.table1.row5: a Content-Length, rarely sent, is the data's octets.
  const contentLength = part.headers['content-length'];
  if (contentLength !== undefined && contentLength !== String(part.body.length)) problems.push(problem(path, `has Content-Length ${contentLength}, but holds ${part.body.length} octets`));
  const contentType = part.headers['content-type'];
  if (contentType !== undefined && parseContentType(contentType) === null) problems.push(problem(path, `has a Content-Type that is not a media type: ${contentType}`));
  if (problems.length > 0 || hash === undefined) return { problems };
  return { sha2: hash, ...(contentType === undefined ? {} : { contentType }), data: part.body, part: index + 1 };
}

/**
 * Splits a parsed multipart/mixed statements request (Communication §1.5.2.s2.b2) into the
 * statements JSON, parsed, and the data of each attachment part, checking each part on its own.
 * A part repeating another's hash carries the same octets (the hash was checked), so only its
 * first copy is kept (§1.5.2.s2.b2.b5 asks for one copy but does not forbid more).
 */
export function readAttachmentRequest(parts: readonly MimePart[]): { json: unknown; data: AttachmentData[] } | { problems: StatementProblem[] } {
  if (parts.length === 0) return { problems: [problem(partPath(0), 'is missing: the first part must be the statements, as application/json')] };
  const problems: StatementProblem[] = [];
  const statements = readStatementsPart(parts[0]);
  if ('problems' in statements) problems.push(...statements.problems);
  const data: AttachmentData[] = [];
  parts.slice(1).forEach((part, offset) => {
    const read = readDataPart(part, offset + 1);
    if ('problems' in read) problems.push(...read.problems);
    else if (!data.some((kept) => kept.sha2 === read.sha2)) data.push(read);
  });
  if (problems.length > 0 || 'problems' in statements) return { problems };
  return { json: statements.json, data };
}

/**
 * Every Attachment object of a statement with its path: the statement's own, then its
 * SubStatement's (Data 2.4.s1.table1.row11 and 2.4.4.3 allow attachments on both).
 */
function attachmentsOf(statement: Record<string, unknown>, path: string): { attachment: Record<string, unknown>; path: string }[] {
  const own = Array.isArray(statement.attachments) ? statement.attachments : [];
  const found = own.flatMap((attachment, index) => (isJsonObject(attachment) ? [{ attachment, path: `${path}.attachments[${index}]` }] : []));
  const object = statement.object;
  if (isJsonObject(object) && object.objectType === 'SubStatement') found.push(...attachmentsOf(object, `${path}.object`));
  return found;
}

/**
 * Communication §1.5.2.s2.b2.b7, Data 2.4.11.s2.table1.row4, row5: the part's Content-Type, when it
 * has one, and the attachment's contentType name the same media type, and `length` is the data's
 * size in octets. Media types compare without case or whitespace; parameters are not compared,
 * because the spec's own example (§1.5.2.s6) declares "text/plain; charset=ascii" and sends the
 * part as "text/plain".
 */
function compareWithData(attachment: Record<string, unknown>, path: string, data: AttachmentData): StatementProblem[] {
  const problems: StatementProblem[] = [];
  if (typeof attachment.length === 'number' && attachment.length !== data.data.length) {
    problems.push(problem(`${path}.length`, `is ${attachment.length}, but part ${data.part} holds ${data.data.length} octets`));
  }
  const declared = typeof attachment.contentType === 'string' ? parseContentType(attachment.contentType) : null;
  const sent = parseContentType(data.contentType);
  if (declared !== null && sent !== null && declared.mediaType !== sent.mediaType) {
    problems.push(problem(`${path}.contentType`, `is ${declared.mediaType}, but part ${data.part} has Content-Type ${sent.mediaType}`));
  }
  return problems;
}

/**
 * Matches the attachment parts to the (already validated) statements by SHA-2 alone
 * (Communication §1.5.2.s1.b4). An attachment without fileUrl must have its data in some part
 * (§1.5.2.s3.b5); one part may serve every attachment with its hash (§1.5.2.s2.b2.b5); and a part
 * no attachment names is refused, as it would be data belonging to nothing.
 */
export function matchAttachments(statements: readonly Record<string, unknown>[], data: readonly AttachmentData[]): StatementProblem[] {
  const bySha2 = new Map<string, AttachmentData>();
  for (const received of data) if (!bySha2.has(received.sha2.toLowerCase())) bySha2.set(received.sha2.toLowerCase(), received);
  const used = new Set<string>();
  const problems = statements.flatMap((statement, index) =>
    attachmentsOf(statement, `statements[${index}]`).flatMap(({ attachment, path }) => {
      const sha2 = typeof attachment.sha2 === 'string' ? attachment.sha2.toLowerCase() : undefined;
      const received = sha2 === undefined ? undefined : bySha2.get(sha2);
      if (received === undefined) {
        return attachment.fileUrl === undefined ? [problem(path, `has no fileUrl, and no part carries data with sha2 ${String(attachment.sha2)}`)] : [];
      }
      used.add(received.sha2.toLowerCase());
      return compareWithData(attachment, path, received);
    }),
  );
  for (const received of data) {
    if (!used.has(received.sha2.toLowerCase())) problems.push(problem(`part ${received.part}`, `carries data (sha2 ${received.sha2}) that no attachment in the batch references`));
  }
  return problems;
}

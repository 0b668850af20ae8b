import { X509Certificate, createVerify } from 'node:crypto';
import { isJsonObject, problem, type JsonObject, type StatementProblem } from '../statements/problems';
import { canonicalJson } from '../statements/same-statement';
import { statementForStorage } from '../statements/statement-for-storage';
import type { AttachmentData } from './attachment-parts';
import { parseContentType } from './multipart-mixed';

/** Data 2.6.s4.b1: the usageType of the attachment that carries a statement's signature. */
export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';
const ALGORITHMS: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' };

const fromBase64Url = (text: string) => Buffer.from(text, 'base64url');
const isBase64Url = (text: string) => /^[A-Za-z0-9_-]+$/.test(text);

function jsonOf(segment: string): unknown {
  try {
    return JSON.parse(fromBase64Url(segment).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The statement without its signature attachments, as the LRS would store it, for comparison with the signed one (Data 2.6.s5.b3.b2). */
function comparable(statement: JsonObject, id: string): string {
  const attachments = Array.isArray(statement.attachments) ? statement.attachments.filter((a) => !(isJsonObject(a) && a.usageType === SIGNATURE_USAGE)) : undefined;
  const { attachments: _dropped, ...rest } = statement;
  const unsigned = attachments?.length ? { ...rest, attachments } : rest;
  return canonicalJson(statementForStorage({ ...unsigned, id: unsigned.id ?? id }, { id, stored: '1970-01-01T00:00:00.000Z', authority: {} }));
}

/** One JWS (compact serialization) against the statement that carries it; the problems, [] when it is well formed. */
function checkJws(jws: string, statement: JsonObject, path: string): StatementProblem[] {
  const segments = jws.trim().split('.');
  if (segments.length !== 3 || !segments.every(isBase64Url)) return [problem(path, 'must be a JWS in compact serialization (three base64url parts)')];
  const [head, payload, signature] = segments;
  const header = jsonOf(head);
  if (!isJsonObject(header)) return [problem(path, 'has a JWS header that is not a JSON object')];
  const algorithm = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
  if (!algorithm) return [problem(path, `must be signed with RS256, RS384 or RS512, not ${String(header.alg)}`)];
  const signed = jsonOf(payload);
  if (!isJsonObject(signed)) return [problem(path, 'has a JWS payload that is not a statement')];
  const id = String(statement.id);
  if (comparable(signed, id) !== comparable(statement, id)) return [problem(path, 'signs a statement that differs from this one')];
  if (header.x5c === undefined) return [];
  if (!Array.isArray(header.x5c) || typeof header.x5c[0] !== 'string') return [problem(path, 'has an x5c header that is not a certificate chain')];
  try {
    const certificate = new X509Certificate(Buffer.from(header.x5c[0], 'base64'));
    const verified = createVerify(algorithm).update(`${head}.${payload}`).verify(certificate.publicKey, fromBase64Url(signature));
    return verified ? [] : [problem(path, 'does not verify against the certificate its x5c header gives')];
  } catch {
    return [problem(path, 'has an x5c certificate that cannot be read')];
  }
}

/**
 * Data 2.6.s5: a signed statement's signature must be well formed, or the statement is refused
 * (400): the attachment is application/octet-stream and comes as data; its JWS uses RS256, RS384
 * or RS512; its payload is this statement (read as the LRS stores it, without the signature, so
 * what the LRS fills in is no difference); and when the header carries an X.509 certificate, the
 * signature verifies against it. Who signed is not judged (the note to 2.6.s5).
 */
export function checkSignatures(statements: readonly JsonObject[], data: readonly AttachmentData[]): StatementProblem[] {
  const bySha2 = new Map(data.map((d) => [d.sha2, d]));
  return statements.flatMap((statement, i) => {
    const attachments = Array.isArray(statement.attachments) ? statement.attachments : [];
    return attachments.flatMap((attachment, j) => {
      if (!isJsonObject(attachment) || attachment.usageType !== SIGNATURE_USAGE) return [];
      const path = `statements[${i}].attachments[${j}]`;
      if (parseContentType(String(attachment.contentType))?.mediaType !== 'application/octet-stream') return [problem(path, 'a signature must have contentType application/octet-stream')];
      const jws = bySha2.get(String(attachment.sha2).toLowerCase());
      if (!jws) return [problem(path, 'a signature must come as attachment data in the multipart/mixed request')];
      return checkJws(jws.data.toString('utf8'), statement, path);
    });
  });
}

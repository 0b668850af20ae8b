import { randomBytes } from 'node:crypto';

/**
 * multipart/mixed as RFC 2046 §5.1.1 defines it, for statements with attachments (xAPI 1.0.3
 * Communication §1.5.2). Bodies are raw octets: nothing here decodes or re-encodes them.
 */

/** One body part: its headers (names lower-cased, values trimmed) and its raw octets. */
export interface MimePart {
  headers: Record<string, string>;
  body: Buffer;
}

/** A Content-Type header read apart: "type/subtype" lower-cased, and its parameters (names lower-cased). */
export interface ContentType {
  mediaType: string;
  parameters: Record<string, string>;
}

/** One attachment's raw data to send in a multipart/mixed response. */
export interface OutgoingAttachment {
  sha2: string;
  contentType: string;
  data: Buffer;
}

const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * One "; name=value" parameter, or a bare ";". Unquoted values are read up to the next ';' or
 * space, so a boundary such as boundary=----=_Part_1 that should have been quoted still reads.
 */
const PARAMETER = /\s*;\s*(?:([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;"]+)))?\s*/y;
/** RFC 2046 §5.1.1 bchars: 1 to 70 of them, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;
/** Header values may hold visible ASCII, spaces and tabs; anything else could end the header early. */
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
const HEX_SHA2 = /^(?:[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;

/** RFC 2045 §5.1 Content-Type, read leniently: whitespace around '/' and an empty ';' are let pass. Null when it is not one. */
export function parseContentType(value: string | undefined): ContentType | null {
  if (value === undefined) return null;
  const semicolon = value.indexOf(';');
  const mediaType = (semicolon < 0 ? value : value.slice(0, semicolon)).replace(/\s+/g, '').toLowerCase();
  const [type, subtype, ...more] = mediaType.split('/');
  if (more.length > 0 || !TOKEN.test(type ?? '') || !TOKEN.test(subtype ?? '')) return null;
  const parameters: Record<string, string> = {};
  if (semicolon < 0) return { mediaType, parameters };
  PARAMETER.lastIndex = semicolon;
  while (PARAMETER.lastIndex < value.length) {
    const match = PARAMETER.exec(value);
    if (match === null) return null;
    const [, name, quotedValue, tokenValue] = match;
    if (name === undefined) continue;
    const key = name.toLowerCase();
    // RFC 2045 §5.1: a parameter may appear once; two boundaries would be ambiguous.
    if (key in parameters) return null;
    parameters[key] = quotedValue !== undefined ? quotedValue.replace(/\\(.)/g, '$1') : (tokenValue as string);
  }
  return { mediaType, parameters };
}

/** RFC 2046 §5.1.1: a boundary is 1–70 bchars and does not end in a space. */
export function isValidBoundary(boundary: string): boolean {
  return BOUNDARY.test(boundary);
}

/**
 * The boundary of a multipart/mixed Content-Type (Communication §1.5.2.s2.b2, RFC 2046 §5.1.1),
 * quoted or not. Null when the type is not multipart/mixed or its boundary is missing or invalid.
 */
export function boundaryOf(contentType: string | undefined): string | null {
  const parsed = parseContentType(contentType);
  if (parsed === null || parsed.mediaType !== 'multipart/mixed') return null;
  const boundary = parsed.parameters['boundary'];
  return boundary !== undefined && isValidBoundary(boundary) ? boundary : null;
}

interface Delimiter {
  /** Where the delimiter starts, including the line end before it that belongs to it. */
  start: number;
  /** Just past the delimiter line, where the next part (or the epilogue) begins. */
  end: number;
  close: boolean;
}

/** Past `at`, the end of a line end (CRLF, or a bare LF) after optional transport padding, or -1. */
function lineEndAfter(body: Buffer, at: number): number {
  let i = at;
  while (body[i] === 0x20 || body[i] === 0x09) i++;
  if (body[i] === CR && body[i + 1] === LF) return i + 2;
  if (body[i] === LF) return i + 1;
  return -1;
}

/**
 * The next delimiter after `from`: "--boundary" at the start of a line, followed by "--" (the
 * close delimiter) or by a line end. A line that merely begins with the boundary's characters is
 * content. The line end before it belongs to the delimiter, so it must lie past `from`; only the
 * opening delimiter may instead start the body itself (RFC 2046 §5.1.1, the preamble is optional).
 */
function nextDelimiter(body: Buffer, dashBoundary: Buffer, from: number, opening: boolean): Delimiter | null {
  let search = from;
  for (;;) {
    const at = body.indexOf(dashBoundary, search);
    if (at < 0) return null;
    search = at + 1;
    const startsLine = (opening && at === 0) || (at > from && body[at - 1] === LF);
    if (!startsLine) continue;
    const start = at > from ? (at - 2 >= from && body[at - 2] === CR ? at - 2 : at - 1) : at;
    const after = at + dashBoundary.length;
    if (body[after] === DASH && body[after + 1] === DASH) return { start, end: body.length, close: true };
    const end = lineEndAfter(body, after);
    if (end >= 0) return { start, end, close: false };
  }
}

/** RFC 5322 §2.2 header fields of one part, unfolded; repeated names are joined with ", " as HTTP does. */
function readPart(content: Buffer): MimePart | { problem: string } {
  // A Map, so that a header named like an Object property (constructor, __proto__) is only a header.
  const headers = new Map<string, string>();
  let lastName: string | null = null;
  let at = 0;
  while (at < content.length) {
    const newline = content.indexOf(LF, at);
    const lineEnd = newline < 0 ? content.length : newline;
    const next = newline < 0 ? content.length : newline + 1;
    const line = content.subarray(at, lineEnd > at && content[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd).toString('latin1');
    at = next;
    if (line === '') return { headers: Object.fromEntries(headers), body: content.subarray(at) };
    if ((line.startsWith(' ') || line.startsWith('\t')) && lastName !== null) {
      headers.set(lastName, `${headers.get(lastName) ?? ''} ${line.trim()}`.trim());
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!TOKEN.test(name)) return { problem: `has a header line that is not "Name: value": ${JSON.stringify(line.slice(0, 40))}` };
    const value = line.slice(colon + 1).trim();
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    lastName = name;
  }
  // RFC 2046 §5.1.1 body-part := MIME-part-headers [CRLF *OCTET]: headers with no body are allowed.
  return { headers: Object.fromEntries(headers), body: Buffer.alloc(0) };
}

/**
 * Reads a multipart/mixed body (RFC 2046 §5.1.1; Communication §1.5.2.s6.b4): each delimiter is
 * CRLF "--" boundary, except that the first may open the body; the preamble before it and the
 * epilogue after "--boundary--" are ignored. Bare LF line ends are accepted as well as CRLF; a CR
 * just before a delimiter's LF is taken as part of the delimiter, never of the data.
 */
export function parseMultipartMixed(body: Buffer, boundary: string): { parts: MimePart[] } | { problem: string } {
  if (!isValidBoundary(boundary)) return { problem: 'the multipart/mixed boundary is missing or not 1 to 70 characters RFC 2046 allows' };
  const dashBoundary = Buffer.from(`--${boundary}`, 'latin1');
  let delimiter = nextDelimiter(body, dashBoundary, 0, true);
  if (delimiter === null) return { problem: 'the body holds no multipart/mixed delimiter line for its boundary' };
  if (delimiter.close) return { problem: 'the multipart/mixed body holds no part' };
  const parts: MimePart[] = [];
  while (!delimiter.close) {
    const contentStart: number = delimiter.end;
    const following = nextDelimiter(body, dashBoundary, contentStart, false);
    if (following === null) return { problem: `the multipart/mixed body never closes with "--${boundary}--"` };
    const part = readPart(body.subarray(contentStart, following.start));
    if ('problem' in part) return { problem: `part ${parts.length + 1} ${part.problem}` };
    parts.push(part);
    delimiter = following;
  }
  return { parts };
}

function headerValue(name: string, value: string): string {
  if (!HEADER_VALUE.test(value)) throw new TypeError(`The ${name} ${JSON.stringify(value)} cannot be written as a MIME header`);
  return `${name}: ${value}\r\n`;
}

/** A boundary as a Content-Type parameter: quoted when it holds a character a token may not (RFC 2045 §5.1). */
function boundaryParameter(boundary: string): string {
  return TOKEN.test(boundary) ? boundary : `"${boundary}"`;
}

/** 24 characters of base64url: every one a bchar and a token character, so never quoted. */
export function randomBoundary(): string {
  return randomBytes(18).toString('base64url');
}

/** How many boundaries to draw before giving up; with random ones a second draw is already rare. */
const BOUNDARY_ATTEMPTS = 8;

/**
 * A multipart/mixed body for GET statements with attachments=true (Communication §1.5.2.s3.b1,
 * §2.1.3): the statements JSON first as application/json, then one part per distinct sha2
 * (§1.5.2.s2.b2.b5), each with Content-Type, Content-Transfer-Encoding binary and
 * X-Experience-API-Hash (§1.5.2.s2.b2.b3, b4, b6). The boundary occurs in none of the parts
 * (§1.5.2.s6.b2, RFC 2046 §5.1.1); `newBoundary` is drawn again until it does not.
 */
export function writeMultipartMixed(
  json: unknown,
  attachments: readonly OutgoingAttachment[],
  newBoundary: () => string = randomBoundary,
): { contentType: string; body: Buffer } {
  const seen = new Set<string>();
  const distinct = attachments.filter((attachment) => {
    const key = attachment.sha2.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const parts: { head: string; body: Buffer }[] = [
    { head: headerValue('Content-Type', 'application/json'), body: Buffer.from(JSON.stringify(json) ?? 'null', 'utf8') },
    ...distinct.map((attachment) => {
      if (!HEX_SHA2.test(attachment.sha2)) throw new TypeError(`${JSON.stringify(attachment.sha2)} is not a hex SHA-2 hash`);
      if (parseContentType(attachment.contentType) === null) throw new TypeError(`${JSON.stringify(attachment.contentType)} is not a media type`);
      return {
        head:
          headerValue('Content-Type', attachment.contentType) +
          headerValue('Content-Transfer-Encoding', 'binary') +
          headerValue('X-Experience-API-Hash', attachment.sha2),
        body: attachment.data,
      };
    }),
  ];
  for (let attempt = 0; attempt < BOUNDARY_ATTEMPTS; attempt++) {
    const boundary = newBoundary();
    if (!isValidBoundary(boundary)) throw new TypeError(`${JSON.stringify(boundary)} is not a valid multipart boundary`);
    if (parts.some((part) => part.head.includes(boundary) || part.body.includes(boundary, 0, 'latin1'))) continue;
    const chunks = parts.flatMap((part) => [Buffer.from(`--${boundary}\r\n${part.head}\r\n`, 'latin1'), part.body, Buffer.from('\r\n', 'latin1')]);
    chunks.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'));
    return { contentType: `multipart/mixed; boundary=${boundaryParameter(boundary)}`, body: Buffer.concat(chunks) };
  }
  throw new Error(`No boundary absent from the parts was found in ${BOUNDARY_ATTEMPTS} attempts`);
}

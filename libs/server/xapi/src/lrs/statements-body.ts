import { BadRequestException } from '@nestjs/common';
import { readAttachmentRequest, type AttachmentData } from '../attachments/attachment-parts';
import { boundaryOf, parseContentType, parseMultipartMixed } from '../attachments/multipart-mixed';

/** What a PUT or POST of statements carries: the statements (as parsed JSON) and any attachment data. */
export interface StatementsBody {
  json: unknown;
  data: AttachmentData[];
}

/**
 * The body of a statements request: application/json (parsed already), multipart/mixed with the
 * statements first and one part per attachment's raw data (Communication §1.5.2), or bytes that
 * must be JSON (the alternate syntax without a Content-Type).
 */
export function readStatementsBody(contentType: string | undefined, body: unknown): StatementsBody {
  if (!Buffer.isBuffer(body)) return { json: body, data: [] };
  if (parseContentType(contentType)?.mediaType === 'multipart/mixed') {
    const boundary = boundaryOf(contentType);
    if (!boundary) throw new BadRequestException('A multipart/mixed request needs a valid boundary parameter');
    const parsed = parseMultipartMixed(body, boundary);
    if ('problem' in parsed) throw new BadRequestException(`The multipart/mixed body cannot be read: ${parsed.problem}`);
    const read = readAttachmentRequest(parsed.parts);
    if ('problems' in read) throw new BadRequestException({ message: `Invalid multipart/mixed request: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, details: read.problems });
    return read;
  }
  try {
    return { json: JSON.parse(body.toString('utf8')), data: [] };
  } catch {
    throw new BadRequestException('The body must be statements as application/json, or multipart/mixed with attachments');
  }
}

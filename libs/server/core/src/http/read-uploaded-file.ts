import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';

/**
 * Reads one file field of a multipart request into memory, within the upload limit set on
 * @fastify/multipart. Anything else in the request is a 400.
 */
export async function readUploadedFile(req: FastifyRequest, field: string): Promise<Buffer> {
  return (await readUpload(req, field)).buffer;
}

/** The uploaded file with the name the client gave it (for display only, never for storage). */
export async function readUpload(req: FastifyRequest, field: string): Promise<{ buffer: Buffer; filename: string }> {
  if (!req.isMultipart()) throw new BadRequestException(`Send the file as multipart/form-data in the field "${field}"`);
  let file;
  try {
    file = await req.file();
  } catch (error) {
    throw new BadRequestException(`The multipart body is malformed: ${(error as Error).message}`);
  }
  if (!file) throw new BadRequestException(`Send the file as multipart/form-data in the field "${field}"`);
  if (file.fieldname !== field) throw new BadRequestException(`The file must be in the field "${field}", not "${file.fieldname}"`);
  let buffer: Buffer;
  try {
    buffer = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new PayloadTooLargeException('The file is larger than the upload limit');
    throw new BadRequestException(`The upload failed: ${(error as Error).message}`);
  }
  if (file.file.truncated) throw new PayloadTooLargeException('The file is larger than the upload limit');
  return { buffer, filename: file.filename };
}

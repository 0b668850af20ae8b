import { randomUUID } from 'node:crypto';
import type { FileStorage } from '@lms/server-core';
import type { AttachmentRecord, StoredVariant } from '../courses.repository';
import { detectType } from './detect-type';
import { imageVariants } from './image-variants';

export type StoredUpload = Omit<AttachmentRecord, 'courseId'>;

export class UploadRejected extends Error {
  constructor(readonly reason: 'type' | 'unreadable') {
    super(reason === 'type' ? 'not an accepted type (PDF, PNG, JPEG, WebP, GIF, MP3, M4A, Ogg, WAV)' : 'the image could not be read; it may be damaged');
  }
}

function safeFilename(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim().slice(0, 200);
  return cleaned || 'file';
}

/**
 * Writes an upload and, for images, its phone-sized WebP renditions to storage, and describes
 * them. The type comes from the bytes. Nothing is recorded in the database here: the caller links
 * the result in its own transaction, after the files exist.
 */
export async function storeUpload(storage: FileStorage, buffer: Buffer, filename: string): Promise<StoredUpload> {
  const type = detectType(buffer);
  if (!type) throw new UploadRejected('type');
  const id = randomUUID();
  const base = `attachments/${id.slice(0, 2)}/${id}`;
  let variants: StoredVariant[] = [];
  if (type.kind === 'image') {
    const rendered = await imageVariants(buffer).catch(() => {
      throw new UploadRejected('unreadable');
    });
    variants = await Promise.all(
      rendered.map(async (v) => {
        const key = `${base}/w${v.width}.webp`;
        await storage.put(key, v.body, v.contentType);
        return { width: v.width, height: v.height, contentType: v.contentType, sizeBytes: v.body.length, storageKey: key };
      }),
    );
  }
  const storageKey = `${base}/original.${type.extension}`;
  await storage.put(storageKey, buffer, type.contentType);
  return { id, filename: safeFilename(filename), contentType: type.contentType, sizeBytes: buffer.length, storageKey, variants };
}

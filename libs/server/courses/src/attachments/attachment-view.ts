import type { AttachmentView } from '@lms/contracts';
import type { AttachmentRecord } from '../courses.repository';

/** The attachment as the API shows it, each URL passed through sign (see MediaUrls). */
export function toAttachmentView(a: AttachmentRecord, sign: (url: string) => string): AttachmentView {
  const url = `/api/v1/attachments/${a.id}`;
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    url: sign(url),
    variants: [...a.variants].sort((x, y) => x.width - y.width).map((v) => ({ width: v.width, ...(v.height ? { height: v.height } : {}), sizeBytes: v.sizeBytes, url: sign(`${url}?width=${v.width}`) })),
  };
}

export function downloadBytes(html: string, attachments: AttachmentRecord[]): number {
  return Buffer.byteLength(html) + attachments.reduce((sum, a) => sum + Math.min(a.sizeBytes, ...a.variants.map((v) => v.sizeBytes)), 0);
}


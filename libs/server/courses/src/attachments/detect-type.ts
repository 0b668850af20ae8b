export interface DetectedType {
  contentType: string;
  extension: string;
  kind: 'image' | 'pdf' | 'audio';
}

/**
 * The type of an upload from its first bytes, never from its name or the client's header. Only
 * what a lesson needs is accepted: PDF, raster images and common audio. SVG is refused: it can
 * carry script.
 */
export function detectType(bytes: Buffer): DetectedType | null {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1');
  if (ascii(0, 5) === '%PDF-') return { contentType: 'application/pdf', extension: 'pdf', kind: 'pdf' };
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { contentType: 'image/png', extension: 'png', kind: 'image' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { contentType: 'image/jpeg', extension: 'jpg', kind: 'image' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { contentType: 'image/webp', extension: 'webp', kind: 'image' };
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return { contentType: 'image/gif', extension: 'gif', kind: 'image' };
  if (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0)) return { contentType: 'audio/mpeg', extension: 'mp3', kind: 'audio' };
  if (ascii(4, 8) === 'ftyp' && /^(M4A |M4B |mp42|isom)/.test(ascii(8, 12))) return { contentType: 'audio/mp4', extension: 'm4a', kind: 'audio' };
  if (ascii(0, 4) === 'OggS') return { contentType: 'audio/ogg', extension: 'ogg', kind: 'audio' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return { contentType: 'audio/wav', extension: 'wav', kind: 'audio' };
  return null;
}

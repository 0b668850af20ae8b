import sharp from 'sharp';

/** Widths for phones (most learners) and for larger screens. */
export const VARIANT_WIDTHS = [480, 960] as const;

export interface ImageVariant {
  width: number;
  /** Its height at that width: readers reserve the picture's space before it arrives. */
  height: number;
  contentType: 'image/webp';
  body: Buffer;
}

/**
 * WebP renditions no wider than each target width (never upscaled), rotated upright and stripped
 * of metadata such as the GPS position a phone camera records.
 */
export async function imageVariants(original: Buffer): Promise<ImageVariant[]> {
  const meta = await sharp(original, { failOn: 'error', limitInputPixels: 50_000_000 }).metadata();
  const widest = meta.autoOrient?.width ?? meta.width ?? 0;
  const variants: ImageVariant[] = [];
  for (const width of VARIANT_WIDTHS) {
    const target = Math.min(width, widest);
    if (variants.some((v) => v.width === target)) continue;
    const { data, info } = await sharp(original, { failOn: 'error', limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: target, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    variants.push({ width: info.width, height: info.height, contentType: 'image/webp', body: data });
  }
  return variants;
}

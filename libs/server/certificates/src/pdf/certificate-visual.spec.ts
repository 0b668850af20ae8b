import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '@lms/contracts';
import type { CertificateDocument } from './certificate-document';
import { renderCertificatePdf } from './render-certificate';
import { ENGLISH_CERTIFICATE, LAO_CERTIFICATE } from './testing/certificate-fixtures';
import { decodePng, differingPixels, type Pixels } from './testing/png-pixels';

/**
 * The certificates as poppler draws them at 72 dpi, against the PNGs in __visual__ (look at
 * them when a change is meant to show). UPDATE_VISUAL=1 writes the references instead.
 */
const REFERENCES = join(__dirname, '__visual__');
const DOCUMENTS: Record<Locale, CertificateDocument> = { lo: LAO_CERTIFICATE, en: ENGLISH_CERTIFICATE };
const UPDATE = process.env.UPDATE_VISUAL === '1';
/** A pixel differs when a channel is off by more than this (anti-aliasing may shift a little)… */
const CHANNEL_TOLERANCE = 24;
/** …and at most this share of the pixels may differ. */
const MAX_DIFFERING = 0.005;

/** The page at 72 dpi, as pdftoppm writes it: a PNG, or a PPM (raw RGB). */
function rasterise(pdf: Buffer, dir: string, name: string, format: 'png' | 'ppm' = 'png'): string {
  const input = join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const result = spawnSync('pdftoppm', [...(format === 'png' ? ['-png'] : []), '-r', '72', '-singlefile', input, join(dir, name)]);
  if (result.error) throw new Error(`pdftoppm did not run (${result.error.message}): the visual test needs poppler-utils (apt-get install poppler-utils)`);
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr.toString()}`);
  return join(dir, `${name}.${format}`);
}

/** A binary PPM (P6, 8 bits a channel). */
function decodePpm(ppm: Buffer): Pixels {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40));
  if (!header) throw new Error('not an 8-bit binary PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, channels: 3, data: ppm.subarray(header[0].length, header[0].length + width * height * 3) };
}

describe('the certificate as it looks', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'certificate-visual-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is compared pixel by pixel: the PNGs read as pdftoppm drew them', async () => {
    const pdf = await renderCertificatePdf(LAO_CERTIFICATE);
    const png = decodePng(readFileSync(rasterise(pdf, dir, 'check')));
    const ppm = decodePpm(readFileSync(rasterise(pdf, dir, 'check', 'ppm')));
    expect([png.width, png.height]).toEqual([842, 596]);
    expect(differingPixels(png, ppm, 0)).toBe(0);
    const white: Pixels = { ...png, data: Buffer.alloc(png.data.length, 0xff) };
    expect(differingPixels(png, white, CHANNEL_TOLERANCE) / (png.width * png.height)).toBeGreaterThan(0.02);
  });

  it.each(['lo', 'en'] as const)('matches __visual__/certificate-%s.png', async (locale) => {
    const rendered = rasterise(await renderCertificatePdf(DOCUMENTS[locale]), dir, `certificate-${locale}`);
    const reference = join(REFERENCES, `certificate-${locale}.png`);
    if (UPDATE) {
      writeFileSync(reference, readFileSync(rendered));
      return;
    }
    if (!existsSync(reference)) throw new Error(`${reference} is missing: run this test with UPDATE_VISUAL=1, look at the PNG, and commit it`);
    const actual = decodePng(readFileSync(rendered));
    const expected = decodePng(readFileSync(reference));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const share = differingPixels(actual, expected, CHANNEL_TOLERANCE) / (actual.width * actual.height);
    if (share > MAX_DIFFERING) {
      const kept = join(tmpdir(), `certificate-${locale}.actual.png`);
      writeFileSync(kept, readFileSync(rendered));
      throw new Error(`${(share * 100).toFixed(2)} % of the pixels differ from ${reference} (at most ${MAX_DIFFERING * 100} % may): the new rendering is ${kept}; if the change is meant, run with UPDATE_VISUAL=1`);
    }
  });
});

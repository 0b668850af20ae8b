import { inflateSync } from 'node:zlib';

/** Pixels from pdftoppm's PNGs, for the visual test: node:zlib is all it takes. */
export interface Pixels {
  width: number;
  height: number;
  /** Three or four bytes a pixel, row after row. */
  channels: number;
  data: Buffer;
}

/** What a PNG row filter adds back to each byte, from its neighbours to the left, above, and above left. */
function predictor(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return a <= b && a <= c ? left : b <= c ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

/** An 8-bit RGB or RGBA, non-interlaced PNG (what pdftoppm writes), decoded with node:zlib alone. */
export function decodePng(png: Buffer): Pixels {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 2 ? 3 : colour === 6 ? 4 : 0;
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? data[y * stride + x - channels] : 0;
      const up = y > 0 ? data[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? data[(y - 1) * stride + x - channels] : 0;
      data[y * stride + x] = (row[x] + predictor(filter, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** How many pixels differ by more than the tolerance in any colour channel. */
export function differingPixels(a: Pixels, b: Pixels, tolerance: number): number {
  let count = 0;
  for (let pixel = 0; pixel < a.width * a.height; pixel++) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[pixel * a.channels + c] - b.data[pixel * b.channels + c]) > tolerance) {
        count++;
        break;
      }
    }
  }
  return count;
}

import * as yauzl from 'yauzl';
import { PackageInvalid, type PackageProblem } from './package-error';

export const ZIP_LIMITS = {
  maxEntries: 500,
  maxTotalBytes: 200 * 1024 * 1024,
  /** Entries larger than this must not expand more than maxRatio times. */
  ratioFloorBytes: 1024 * 1024,
  maxRatio: 100,
};

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** A path that stays inside the package: relative, no "..", no backslashes, no drive letters. */
export function isSafePath(name: string): boolean {
  if (!name || name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\0')) return false;
  return name.split('/').every((part) => part !== '..' && part !== '.');
}

/**
 * Reads a zip into memory after checking it against zip slip, symlinks, entry count, total size
 * and compression ratio, from the central directory before anything is inflated. yauzl also
 * checks while inflating that no entry yields more bytes than it declared.
 */
export async function readZip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err ? reject(err) : resolve(z!))),
  ).catch((error: Error) => {
    throw new PackageInvalid([{ file: '(zip)', message: `not a readable zip file: ${error.message}` }]);
  });
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    throw new PackageInvalid([{ file: '(zip)', message: `has ${zip.entryCount} entries; at most ${ZIP_LIMITS.maxEntries} are allowed` }]);
  }
  const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
    const list: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      list.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(list));
    zip.on('error', reject);
    zip.readEntry();
  }).catch((error: Error) => {
    zip.close();
    // yauzl itself refuses absolute and "../" names while listing entries.
    const unsafe = /^(invalid relative path|absolute path): (.*)$/.exec(error.message);
    if (unsafe) throw new PackageInvalid([{ file: unsafe[2], message: 'path leaves the package (absolute, "..", or backslashes)' }]);
    throw new PackageInvalid([{ file: '(zip)', message: `is corrupt: ${error.message}` }]);
  });

  const problems: PackageProblem[] = [];
  let total = 0;
  for (const e of entries) {
    const mode = (e.externalFileAttributes >>> 16) & S_IFMT;
    if (!isSafePath(e.fileName)) problems.push({ file: e.fileName, message: 'path leaves the package (absolute, "..", or backslashes)' });
    else if (mode === S_IFLNK) problems.push({ file: e.fileName, message: 'symbolic links are not allowed' });
    total += e.uncompressedSize;
    if (e.uncompressedSize > ZIP_LIMITS.ratioFloorBytes && e.uncompressedSize > e.compressedSize * ZIP_LIMITS.maxRatio) {
      problems.push({ file: e.fileName, message: `expands ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}× (a zip bomb?); at most ${ZIP_LIMITS.maxRatio}× is allowed` });
    }
  }
  if (total > ZIP_LIMITS.maxTotalBytes) problems.push({ file: '(zip)', message: `expands to ${total} bytes; at most ${ZIP_LIMITS.maxTotalBytes} are allowed` });
  if (problems.length) {
    zip.close();
    throw new PackageInvalid(problems);
  }

  const files = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.fileName.endsWith('/')) continue;
    files.set(e.fileName, await readEntry(zip, e));
  }
  zip.close();
  return files;
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(new PackageInvalid([{ file: entry.fileName, message: `cannot be read: ${err?.message}` }]));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e) => reject(new PackageInvalid([{ file: entry.fileName, message: `cannot be read: ${e.message}` }])));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

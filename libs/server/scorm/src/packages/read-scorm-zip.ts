import type { FileStorage } from '@lms/server-core';
import { PackageInvalid, readZip } from '@lms/server-courses';
import { contentTypeOf } from '../content/content-types';
import { MANIFEST_FILE, parseScormManifest, type ScormManifest } from '../manifest/parse-manifest';
import type { NewScormPackage, ScormFile } from '../scorm.repository';

/** A SCORM 1.2 zip that Lane can play: its files by path, and its manifest. */
export interface ScormZip {
  files: Map<string, Buffer>;
  manifest: ScormManifest;
}

/**
 * Checks a SCORM 1.2 zip as POST /modules/:id/scorm and course packages take it: the course
 * packages' zip rules (zip slip, symlinks, size, ratio), imsmanifest.xml at the root, and one SCO.
 * Throws PackageInvalid naming every problem.
 */
export async function readScormZip(zip: Buffer): Promise<ScormZip> {
  const files = await readZip(zip);
  const text = files.get(MANIFEST_FILE);
  if (!text) throw new PackageInvalid([{ file: MANIFEST_FILE, message: 'is missing: a SCORM package has imsmanifest.xml at the root of the zip' }]);
  const manifest = parseScormManifest(text.toString('utf8'), new Set(files.keys()));
  // Lane launches one SCO per item: a second would never be seen, yet the item would complete.
  const scos = manifest.scos.filter((s) => s.scormType === 'sco');
  if (scos.length > 1) {
    const names = scos.map((s) => `"${s.title}"`).join(', ');
    throw new PackageInvalid([{ file: MANIFEST_FILE, message: `has ${scos.length} SCOs (${names}); Lane plays packages of one SCO: export each SCO as a package of its own and import them as separate items` }]);
  }
  return { files, manifest };
}

/** Where a package's file is stored: names inside a package are not storage keys, so by its number. */
export const scormFileKey = (packageId: string, file: ScormFile) => `scorm/${packageId}/${file.n}`;

/** The scorm_packages row of a checked zip, every file numbered in the order of the zip. */
export function describeScormPackage(id: string, courseId: string, createdBy: string, { files, manifest }: ScormZip): NewScormPackage {
  const index: Record<string, ScormFile> = {};
  let sizeBytes = 0;
  [...files.entries()].forEach(([path, bytes], n) => {
    index[path] = { n, contentType: contentTypeOf(path), sizeBytes: bytes.length };
    sizeBytes += bytes.length;
  });
  return {
    id,
    courseId,
    title: manifest.title.slice(0, 200),
    launchPath: manifest.launch.href,
    launchParameters: manifest.launch.parameters,
    launchType: manifest.launch.scormType,
    masteryScore: manifest.launch.masteryScore,
    files: index,
    sizeBytes,
    manifest: { identifier: manifest.identifier, title: manifest.title, scos: manifest.scos },
    createdBy,
  };
}

/** Stores every file of the package; if one fails, deletes those stored and throws. */
export async function storeScormFiles(storage: FileStorage, pkg: NewScormPackage, files: Map<string, Buffer>): Promise<void> {
  const stored: string[] = [];
  try {
    for (const [path, file] of Object.entries(pkg.files)) {
      await storage.put(scormFileKey(pkg.id, file), files.get(path)!, file.contentType);
      stored.push(path);
    }
  } catch (error) {
    await deleteScormFiles(storage, pkg, stored);
    throw error;
  }
}

/** Deletes the package's stored files (all, or those named); best effort, for a write that is failing already. */
export async function deleteScormFiles(storage: FileStorage, pkg: NewScormPackage, paths = Object.keys(pkg.files)): Promise<void> {
  await Promise.all(paths.map((path) => storage.delete(scormFileKey(pkg.id, pkg.files[path])).catch(() => undefined)));
}

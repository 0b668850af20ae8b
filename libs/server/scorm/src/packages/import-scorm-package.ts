import { HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ScormItemView } from '@lms/contracts';
import { ApiException, type FileStorage } from '@lms/server-core';
import { CoursesErrorCode, CoursesException, PackageInvalid, readZip, type CoursesRepository, type PackageProblem } from '@lms/server-courses';
import { contentTypeOf } from '../content/content-types';
import { parseScormManifest } from '../manifest/parse-manifest';
import type { NewScormPackage, ScormFile, ScormRepository } from '../scorm.repository';
import { toItemView } from './package-view';

const MANIFEST = 'imsmanifest.xml';

export interface ScormImportPorts {
  courses: CoursesRepository;
  scorm: ScormRepository;
  storage: FileStorage;
}

function invalid(problems: PackageProblem[]): ApiException {
  return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, `The SCORM package has ${problems.length} problem(s); nothing was imported`, [{ code: 'scorm.package-invalid' }], { errors: problems });
}

/**
 * Imports a SCORM 1.2 zip as a course item at the end of a module in the draft: the zip is
 * checked like a course package (zip slip, symlinks, size, ratio), the manifest parsed, every
 * file stored, then the package and the item are written. When anything fails nothing is left.
 * Who may do it is the caller's to check: POST /modules/:id/scorm, or the demo seed.
 */
export async function importScormPackage({ courses, scorm, storage }: ScormImportPorts, courseId: string, moduleId: string, createdBy: string, zip: Buffer): Promise<ScormItemView> {
  let files: Map<string, Buffer>;
  let manifest;
  try {
    files = await readZip(zip);
    const text = files.get(MANIFEST);
    if (!text) throw new PackageInvalid([{ file: MANIFEST, message: 'is missing: a SCORM package has imsmanifest.xml at the root of the zip' }]);
    manifest = parseScormManifest(text.toString('utf8'), new Set(files.keys()));
  } catch (error) {
    if (error instanceof PackageInvalid) throw invalid(error.problems);
    throw error;
  }

  const id = randomUUID();
  const index: Record<string, ScormFile> = {};
  let sizeBytes = 0;
  [...files.entries()].forEach(([path, bytes], n) => {
    index[path] = { n, contentType: contentTypeOf(path), sizeBytes: bytes.length };
    sizeBytes += bytes.length;
  });
  const pkg: NewScormPackage = {
    id,
    courseId,
    title: manifest.title.slice(0, 200),
    launchPath: manifest.launch.href,
    launchParameters: manifest.launch.parameters,
    masteryScore: manifest.launch.masteryScore,
    files: index,
    sizeBytes,
    manifest: { identifier: manifest.identifier, title: manifest.title, scos: manifest.scos },
    createdBy,
  };

  const keys: string[] = [];
  let placed: { itemId: string; version: number } | null = null;
  try {
    for (const [path, file] of Object.entries(index)) {
      const key = `scorm/${id}/${file.n}`;
      await storage.put(key, files.get(path)!, file.contentType);
      keys.push(key);
    }
    await scorm.insertPackage(pkg);
    // The write may open a new draft version (copy on write): the item is placed in that one.
    placed = await courses.editDraft(courseId, async (draft) => {
      const itemId = await draft.addScorm(moduleId, pkg.title, { scormPackageId: id });
      return itemId ? { itemId, version: draft.version } : null;
    });
    if (!placed) throw new CoursesException(CoursesErrorCode.ModuleNotFound, 'Module not found');
  } catch (error) {
    if (!placed) {
      await scorm.deletePackage(id).catch(() => undefined);
      await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
    }
    throw error;
  }

  return toItemView(placed.itemId, courseId, (await scorm.itemInVersion(placed.itemId, placed.version))!, pkg);
}

import { HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ScormItemView } from '@lms/contracts';
import { ApiException, type FileStorage } from '@lms/server-core';
import { CoursesErrorCode, CoursesException, PackageInvalid, type CoursesRepository, type PackageProblem } from '@lms/server-courses';
import type { ScormRepository } from '../scorm.repository';
import { toItemView } from './package-view';
import { deleteScormFiles, describeScormPackage, readScormZip, storeScormFiles, type ScormZip } from './read-scorm-zip';

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
  let read: ScormZip;
  try {
    read = await readScormZip(zip);
  } catch (error) {
    if (error instanceof PackageInvalid) throw invalid(error.problems);
    throw error;
  }
  const pkg = describeScormPackage(randomUUID(), courseId, createdBy, read);

  let placed: { itemId: string; version: number } | null = null;
  await storeScormFiles(storage, pkg, read.files);
  try {
    await scorm.insertPackage(pkg);
    // The write may open a new draft version (copy on write): the item is placed in that one.
    placed = await courses.editDraft(courseId, async (draft) => {
      const itemId = await draft.addScorm(moduleId, pkg.title, { scormPackageId: pkg.id });
      return itemId ? { itemId, version: draft.version } : null;
    });
    if (!placed) throw new CoursesException(CoursesErrorCode.ModuleNotFound, 'Module not found');
  } catch (error) {
    if (!placed) {
      await scorm.deletePackage(pkg.id).catch(() => undefined);
      await deleteScormFiles(storage, pkg);
    }
    throw error;
  }

  return toItemView(placed.itemId, courseId, (await scorm.itemInVersion(placed.itemId, placed.version))!, pkg);
}

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FileStorage } from '@lms/server-core';
import { PackageInvalid, ScormPackages, writeZip, type PackageProblem, type StagedScormPackage } from '@lms/server-courses';
import { ScormRepository } from '../scorm.repository';
import { deleteScormFiles, describeScormPackage, readScormZip, scormFileKey, storeScormFiles } from './read-scorm-zip';

/**
 * The courses feature's ScormPackages: a course package's scorm/*.zip files, checked and imported
 * as POST /modules/:id/scorm imports one, and each SCORM item exported as the zip it came from.
 */
@Injectable()
export class ScormCoursePackages extends ScormPackages {
  constructor(
    private readonly scorm: ScormRepository,
    private readonly storage: FileStorage,
  ) {
    super();
  }

  async check(path: string, zip: Buffer): Promise<PackageProblem[]> {
    try {
      await readScormZip(zip);
      return [];
    } catch (error) {
      if (!(error instanceof PackageInvalid)) throw error;
      // readZip names the zip itself '(zip)': here that is the file at `path`.
      return error.problems.map((p) => ({ file: path, message: p.file === '(zip)' ? p.message : `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}` }));
    }
  }

  async stage(zip: Buffer, createdBy: string): Promise<StagedScormPackage> {
    const read = await readScormZip(zip);
    // The course is written later, in the import's transaction: `write` gives the row its course.
    const pkg = describeScormPackage(randomUUID(), '', createdBy, read);
    await storeScormFiles(this.storage, pkg, read.files);
    return {
      packageId: pkg.id,
      write: (m, courseId) => this.scorm.insertPackage({ ...pkg, courseId }, m),
      discard: () => deleteScormFiles(this.storage, pkg),
    };
  }

  async exportZip(itemId: string, version: number): Promise<Buffer | null> {
    const placed = await this.scorm.itemInVersion(itemId, version);
    const pkg = placed && (await this.scorm.findPackage(placed.packageId));
    if (!pkg) return null;
    const files: [string, Buffer][] = [];
    // In the order of the original zip, at the same paths, so imsmanifest.xml is at its root again.
    for (const [path, file] of Object.entries(pkg.files).sort(([, a], [, b]) => a.n - b.n)) {
      const body = await this.storage.get(scormFileKey(pkg.id, file));
      if (!body) return null;
      files.push([path, body]);
    }
    return writeZip(files);
  }
}

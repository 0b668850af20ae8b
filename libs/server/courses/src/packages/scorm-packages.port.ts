import type { EntityManager } from 'typeorm';
import type { PackageProblem } from './package-error';

/** A SCORM zip of a package whose files are stored, waiting for the import's transaction. */
export interface StagedScormPackage {
  /** What the item's revision names in its settings (ScormItemSettings). */
  readonly packageId: string;
  /** Writes the package's row for the new course, in the import's transaction. */
  write(m: EntityManager, courseId: string): Promise<void>;
  /** Deletes the stored files: the import's transaction failed, so no row names them. */
  discard(): Promise<void>;
}

/**
 * What a package's scorm/*.zip files become. Courses define the port and the SCORM feature
 * provides it, as with QuizPackages: every zip is checked with the rest of the package before
 * anything is written. File storage is not transactional, so the files are stored first, the
 * package rows are written in the import's own transaction, and the files are deleted if it fails.
 */
export abstract class ScormPackages {
  /** The zip's problems under the rules of POST /modules/:id/scorm, each naming `path` and, in its message, the inner file. */
  abstract check(path: string, zip: Buffer): Promise<PackageProblem[]>;
  /** Stores the files of a zip that passed `check`. */
  abstract stage(zip: Buffer, createdBy: string): Promise<StagedScormPackage>;
  /** A SCORM item's package rebuilt as a zip from its stored files, or null when they are not all there. */
  abstract exportZip(itemId: string, version: number): Promise<Buffer | null>;
}

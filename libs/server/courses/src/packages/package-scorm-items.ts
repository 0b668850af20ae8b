import type { PackageProblem } from './package-error';
import type { PackageItem } from './parse-package';
import type { ScormPackages, StagedScormPackage } from './scorm-packages.port';

/** Every problem of the package's SCORM zips, found before anything is written. */
export async function checkScormItems(items: PackageItem[], files: Map<string, Buffer>, scormPackages?: ScormPackages): Promise<PackageProblem[]> {
  const problems: PackageProblem[] = [];
  for (const path of new Set(items.filter((i) => i.kind === 'scorm').map((i) => i.path))) {
    if (!scormPackages) problems.push({ file: path, message: 'is a SCORM package, which this server cannot import' });
    else problems.push(...(await scormPackages.check(path, files.get(path)!)));
  }
  return problems;
}

/**
 * Stores the files of each SCORM item's zip, one package per item, ahead of the import's
 * transaction. If storing one fails, those already stored are deleted.
 */
export async function stageScormItems(items: PackageItem[], files: Map<string, Buffer>, scormPackages: ScormPackages | undefined, ownerId: string): Promise<Map<PackageItem, StagedScormPackage>> {
  const staged = new Map<PackageItem, StagedScormPackage>();
  try {
    for (const item of items) if (item.kind === 'scorm') staged.set(item, await scormPackages!.stage(files.get(item.path)!, ownerId));
  } catch (error) {
    await discardScormItems(staged);
    throw error;
  }
  return staged;
}

/** Deletes the stored files of staged packages whose rows were never written; best effort, as the import is failing already. */
export async function discardScormItems(staged: Map<PackageItem, StagedScormPackage>): Promise<void> {
  await Promise.all([...staged.values()].map((s) => s.discard().catch(() => undefined)));
}

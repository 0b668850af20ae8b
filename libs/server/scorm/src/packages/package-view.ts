import type { ScormItemView, ScormPackageView } from '@lms/contracts';
import type { ScormItemPlacement, ScormPackageRecord } from '../scorm.repository';

export function toPackageView(p: ScormPackageRecord): ScormPackageView {
  return { id: p.id, title: p.title, launchPath: p.launchPath, masteryScore: p.masteryScore, fileCount: Object.keys(p.files).length, sizeBytes: p.sizeBytes };
}

/** A SCORM item as its authors see it in one version: where it sits there, and its package. */
export function toItemView(id: string, courseId: string, item: ScormItemPlacement, pkg: ScormPackageRecord): ScormItemView {
  return { id, kind: 'scorm', courseId, moduleId: item.moduleId, title: item.title, position: item.position, package: toPackageView(pkg) };
}

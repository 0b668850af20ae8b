import type { ScormPackageView } from '@lms/contracts';
import type { ScormPackageRecord } from '../scorm.repository';

export function toPackageView(p: ScormPackageRecord): ScormPackageView {
  return { id: p.id, title: p.title, launchPath: p.launchPath, masteryScore: p.masteryScore, fileCount: Object.keys(p.files).length, sizeBytes: p.sizeBytes };
}

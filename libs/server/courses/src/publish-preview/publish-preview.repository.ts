import type { CourseItemKind, PublishDetailField } from '@lms/contracts';

export interface OutlineModuleRow {
  version: number;
  id: string;
  title: string;
  position: number;
}

export interface OutlineItemRow {
  version: number;
  id: string;
  kind: CourseItemKind;
  moduleId: string;
  title: string;
  position: number;
  /** A digest of what the item shows (lesson text, attachments, a quiz's source), so that texts never travel to be compared. */
  contentHash: string;
  /** A digest of a quiz's settings; null for other items. */
  settingsHash: string | null;
}

/** Two versions of a course side by side, and who is enrolled in it. */
export interface VersionsToCompare {
  modules: OutlineModuleRow[];
  items: OutlineItemRow[];
  /** Each version's course details, by version. */
  details: Record<number, Record<PublishDetailField, unknown>>;
  learners: { enrolled: number; completed: number };
}

/** Storage port for the publish preview: a read of two versions, nothing written. */
export abstract class PublishPreviewRepository {
  abstract compare(courseId: string, versions: number[]): Promise<VersionsToCompare>;
}

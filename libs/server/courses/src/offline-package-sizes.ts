/**
 * What the packages of a course version (SCORM items) cost in a download for offline, by item.
 * Courses defines the port and the SCORM feature provides it, so that the arrow between the two
 * features points one way; without it, a course's download counts its lessons only.
 */
export abstract class OfflinePackageSizes {
  abstract sizes(courseId: string, version: number): Promise<{ id: string; bytes: number }[]>;
}

import type { Actor } from '@lms/server-core';
import type { CourseRecord } from './courses.repository';

/** Owners, co-authors and admins edit a course (CONTRACT.md, Roles and scope). */
export function canEdit(actor: Actor, course: CourseRecord): boolean {
  return actor.roles.includes('admin') || course.ownerId === actor.userId || course.authorIds.includes(actor.userId);
}

/**
 * The version an actor reads: editors read the draft they are working on; everyone else reads
 * the published version, and only of a published course. Null means "not visible": a 404.
 */
export function readableVersion(actor: Actor, course: CourseRecord): number | null {
  if (canEdit(actor, course)) return course.draftVersion;
  return course.status === 'published' ? course.publishedVersion : null;
}

import type { Actor } from '@lms/server-core';
import type { CourseRecord } from './courses.repository';

/**
 * Owners, co-authors and admins edit a course's content (CONTRACT.md, Roles and scope). An author
 * who no longer holds the instructor role is a reader like any other: their writes were already
 * refused by the role guard, and now their draft reads are too.
 */
export function canEdit(actor: Actor, course: CourseRecord): boolean {
  if (actor.roles.includes('admin')) return true;
  return actor.roles.includes('instructor') && (course.ownerId === actor.userId || course.authorIds.includes(actor.userId));
}

/** Publishing, archiving and choosing co-authors are the owner's (or an admin's) to decide. */
export function canDecide(actor: Actor, course: CourseRecord): boolean {
  return actor.roles.includes('admin') || (actor.roles.includes('instructor') && course.ownerId === actor.userId);
}

/**
 * The version an actor reads: editors read the draft they are working on; everyone else reads
 * the published version, and only of a published course. Null means "not visible": a 404.
 */
export function readableVersion(actor: Actor, course: CourseRecord): number | null {
  if (canEdit(actor, course)) return course.draftVersion;
  return course.status === 'published' ? course.publishedVersion : null;
}

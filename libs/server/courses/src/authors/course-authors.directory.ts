import type { CourseAuthorView } from '@lms/contracts';

/** The instructors a course's owner works with: read from the users the identity feature keeps. */
export abstract class CourseAuthorsDirectory {
  /** These users, in the order asked, whatever their status (an author may have left). */
  abstract people(userIds: string[]): Promise<CourseAuthorView[]>;
  /** Active instructors whose name or email contains `q` (any case), by name; never those in `except`. */
  abstract findInstructors(q: string, except: string[], limit: number): Promise<CourseAuthorView[]>;
}

import { Injectable } from '@nestjs/common';
import type { CourseAuthors, CourseAuthorView, Page } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { CoursesService } from '../courses.service';
import { CourseAuthorsDirectory } from './course-authors.directory';

/** Enough to pick a colleague by name; a longer list means the search should be narrower. */
export const AUTHOR_CANDIDATES_LIMIT = 10;

/**
 * Who writes a course, and whom its owner may add. Instructors may not list users (that is HR's
 * and admins' screen), so the owner finds a colleague by a part of their name or email, among
 * active instructors only, a few at a time.
 */
@Injectable()
export class CourseAuthorsService {
  constructor(
    private readonly courses: CoursesService,
    private readonly directory: CourseAuthorsDirectory,
  ) {}

  /** The owner and co-authors, with names: for every author of the course (and admins). */
  async authors(actor: Actor, courseId: string): Promise<CourseAuthors> {
    const course = await this.courses.editable(actor, courseId);
    const [owner, ...coAuthors] = await this.directory.people([course.ownerId, ...course.authorIds]);
    return { owner, coAuthors: coAuthors.sort((a, b) => a.displayName.localeCompare(b.displayName)) };
  }

  /** Active instructors matching `q` who are not yet authors: for the owner and admins, who choose them. */
  async candidates(actor: Actor, courseId: string, q: string): Promise<Page<CourseAuthorView>> {
    const course = await this.courses.decidable(actor, courseId);
    const items = await this.directory.findInstructors(q, [course.ownerId, ...course.authorIds], AUTHOR_CANDIDATES_LIMIT);
    return { items, total: items.length, page: 1, pageSize: AUTHOR_CANDIDATES_LIMIT };
  }
}

import { Injectable } from '@nestjs/common';
import type { CourseStats } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { CoursesService } from '@lms/server-courses';
import { CourseStatsRepository } from './course-stats.repository';

/** How many of a quiz's most missed questions an author is shown. */
export const MOST_MISSED = 5;

/** Attempts, pass rates and the questions most often missed, per quiz: for the course's authors and admins. */
@Injectable()
export class CourseStatsService {
  constructor(
    private readonly courses: CoursesService,
    private readonly stats: CourseStatsRepository,
  ) {}

  async forCourse(actor: Actor, courseId: string): Promise<CourseStats> {
    // 404 for a course the actor cannot see, 403 for one they can read but not edit.
    const course = await this.courses.editable(actor, courseId);
    return { courseId: course.id, quizzes: await this.stats.quizStats(course.id, MOST_MISSED) };
  }
}

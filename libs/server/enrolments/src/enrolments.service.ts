import { Injectable } from '@nestjs/common';
import type { CourseEnrolment, EnrolmentView } from '@lms/contracts';
import { Clock, type Actor } from '@lms/server-core';
import { CoursesRepository } from '@lms/server-courses';
import { EnrolmentsErrorCode, EnrolmentsException } from './enrolments.exception';
import { EnrolmentsRepository } from './enrolments.repository';

/** A learner's own enrolments and progress. */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly courses: CoursesRepository,
    private readonly clock: Clock,
  ) {}

  /** Self-enrolment in a published course; idempotent (created tells the two answers apart). */
  async enrol(actor: Actor, courseId: string): Promise<{ enrolment: EnrolmentView; created: boolean }> {
    const course = await this.courses.findCourse(courseId);
    if (!course || course.status !== 'published') throw new EnrolmentsException(EnrolmentsErrorCode.CourseNotFound, 'Course not found');
    const { enrolmentId, created } = await this.enrolments.enrol(actor.userId, courseId);
    return { enrolment: await this.enrolments.view(enrolmentId, this.clock.now()), created };
  }

  /**
   * Marks a lesson done for the learner and answers the enrolment's new progress. Repeating it
   * changes nothing, so a retried or offline-synced request is safe.
   */
  async completeLesson(actor: Actor, lessonId: string, completedAt?: string): Promise<EnrolmentView> {
    const course = await this.courses.findCourseOfItem(lessonId);
    if (!course || course.itemKind !== 'lesson' || course.publishedVersion === null) {
      throw new EnrolmentsException(EnrolmentsErrorCode.LessonNotFound, 'Lesson not found');
    }
    const now = this.clock.now();
    const result = await this.enrolments.completeItem(actor.userId, course.id, lessonId, completedAt ? new Date(completedAt) : now, now);
    if (result === 'not-enrolled') throw new EnrolmentsException(EnrolmentsErrorCode.NotEnrolled, 'Enrol in the course before completing its lessons');
    if (result === 'not-in-version') throw new EnrolmentsException(EnrolmentsErrorCode.LessonNotFound, 'Lesson not found');
    return this.enrolments.view(result.enrolmentId, now);
  }

  mine(actor: Actor): Promise<EnrolmentView[]> {
    return this.enrolments.mine(actor.userId, this.clock.now());
  }

  forCourse(userId: string, courseId: string): Promise<CourseEnrolment | null> {
    return this.enrolments.forCourse(userId, courseId, this.clock.now());
  }
}

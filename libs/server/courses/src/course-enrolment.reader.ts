import type { CourseEnrolment } from '@lms/contracts';

/**
 * What the course page shows of a learner's own enrolment. Courses defines the port and the
 * enrolments feature provides it, so that the arrow between the two features points one way.
 */
export abstract class CourseEnrolmentReader {
  abstract forLearner(userId: string, courseId: string): Promise<CourseEnrolment | null>;
}

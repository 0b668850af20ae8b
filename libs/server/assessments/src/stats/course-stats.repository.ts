import type { QuizStats } from '@lms/contracts';

/** Storage port for course statistics: read from the attempts tables, nothing written. */
export abstract class CourseStatsRepository {
  /** Every quiz of the course with its attempt figures and most missed questions, in the draft's outline order. */
  abstract quizStats(courseId: string, mostMissed: number): Promise<QuizStats[]>;
}

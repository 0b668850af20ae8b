/** What Lane knows of one learning event, enough to tell it as xAPI statements. */
export interface Learner {
  userId: string;
  name: string;
}

export interface CourseFacts {
  courseId: string;
  title: string;
  locale: string;
}

export interface ItemCompletedFacts {
  learner: Learner;
  course: CourseFacts;
  enrolmentId: string;
  cycle: number;
  itemId: string;
  kind: 'lesson' | 'quiz' | 'scorm';
  title: string;
  at: string;
  /** For a SCORM item: what its attempt reports (cmi.core.lesson_status and score.raw, 0–100). */
  scorm?: { lessonStatus: string; scoreRaw: number | null } | null;
}

export interface CourseCompletedFacts {
  learner: Learner;
  course: CourseFacts;
  enrolmentId: string;
  cycle: number;
  at: string;
}

export interface AttemptGradedFacts {
  learner: Learner;
  course: CourseFacts;
  enrolmentId: string;
  cycle: number;
  attemptId: string;
  quizId: string;
  quizTitle: string;
  startedAt: string;
  gradedAt: string;
  score: number;
  maxScore: number;
  passed: boolean;
}

export abstract class LearningFactsRepository {
  abstract itemCompleted(enrolmentId: string, cycle: number, itemId: string): Promise<ItemCompletedFacts | null>;
  abstract courseCompleted(enrolmentId: string, cycle: number): Promise<CourseCompletedFacts | null>;
  abstract attemptGraded(attemptId: string): Promise<AttemptGradedFacts | null>;
}

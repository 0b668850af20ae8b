import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LearningFactsRepository, type AttemptGradedFacts, type CourseCompletedFacts, type ItemCompletedFacts } from './learning-facts';

/** The learner and the course version an enrolment's cycle was taken in. */
const WHO = `u.id AS "userId", u.display_name AS "userName", c.id AS "courseId", cv.title AS "courseTitle", c.locale`;
type Who = { userId: string; userName: string; courseId: string; courseTitle: string; locale: string };
const learnerOf = (r: Who) => ({ learner: { userId: r.userId, name: r.userName }, course: { courseId: r.courseId, title: r.courseTitle, locale: r.locale } });

@Injectable()
export class TypeOrmLearningFactsRepository extends LearningFactsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async itemCompleted(enrolmentId: string, cycle: number, itemId: string): Promise<ItemCompletedFacts | null> {
    const [r] = await this.ds.query(
      `SELECT ${WHO}, ci.kind, r.title, ic.completed_at AS at, sa.lesson_status AS "lessonStatus", sa.score_raw::float8 AS "scoreRaw"
       FROM item_completions ic
       JOIN enrolments e ON e.id = ic.enrolment_id JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id
       JOIN course_versions cv ON cv.course_id = c.id AND cv.version = ic.course_version
       JOIN course_items ci ON ci.id = ic.item_id
       JOIN course_item_revisions r ON r.item_id = ic.item_id AND r.version = ic.course_version
       LEFT JOIN scorm_attempts sa ON sa.enrolment_id = ic.enrolment_id AND sa.cycle = ic.cycle AND sa.item_id = ic.item_id
       WHERE ic.enrolment_id = $1 AND ic.cycle = $2 AND ic.item_id = $3`,
      [enrolmentId, cycle, itemId],
    );
    if (!r) return null;
    const scorm = r.kind === 'scorm' && r.lessonStatus ? { lessonStatus: r.lessonStatus, scoreRaw: r.scoreRaw } : null;
    return { ...learnerOf(r), enrolmentId, cycle, itemId, kind: r.kind, title: r.title, at: new Date(r.at).toISOString(), scorm };
  }

  async courseCompleted(enrolmentId: string, cycle: number): Promise<CourseCompletedFacts | null> {
    const [r] = await this.ds.query(
      `SELECT ${WHO}, ec.completed_at AS at
       FROM enrolment_completions ec
       JOIN enrolments e ON e.id = ec.enrolment_id JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id
       JOIN course_versions cv ON cv.course_id = c.id AND cv.version = ec.course_version
       WHERE ec.enrolment_id = $1 AND ec.cycle = $2`,
      [enrolmentId, cycle],
    );
    return r ? { ...learnerOf(r), enrolmentId, cycle, at: new Date(r.at).toISOString() } : null;
  }

  async attemptGraded(attemptId: string): Promise<AttemptGradedFacts | null> {
    const [r] = await this.ds.query(
      `SELECT ${WHO}, a.enrolment_id AS "enrolmentId", a.cycle, a.quiz_id AS "quizId", qr.title AS "quizTitle", a.started_at AS "startedAt", a.graded_at AS "gradedAt",
              a.score::float8 AS score, a.max_score::float8 AS "maxScore", a.passed
       FROM quiz_attempts a
       JOIN users u ON u.id = a.user_id JOIN courses c ON c.id = a.course_id
       JOIN course_versions cv ON cv.course_id = c.id AND cv.version = a.course_version
       JOIN course_item_revisions qr ON qr.item_id = a.quiz_id AND qr.version = a.course_version
       WHERE a.id = $1 AND a.status = 'graded'`,
      [attemptId],
    );
    if (!r) return null;
    return { ...learnerOf(r), enrolmentId: r.enrolmentId, cycle: r.cycle, attemptId, quizId: r.quizId, quizTitle: r.quizTitle, startedAt: new Date(r.startedAt).toISOString(), gradedAt: new Date(r.gradedAt).toISOString(), score: r.score, maxScore: r.maxScore, passed: r.passed };
  }
}

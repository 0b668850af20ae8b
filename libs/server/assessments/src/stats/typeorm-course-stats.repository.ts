import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { QuizStats } from '@lms/contracts';
import { CourseStatsRepository } from './course-stats.repository';

/**
 * One query for a whole course, whatever its number of quizzes and attempts. In-progress attempts
 * are not counted. A question is missed when a graded answer to it earned less than the points the
 * attempt gave it (grading writes a score for every question an attempt showed).
 */
const QUIZ_STATS = `
  WITH quizzes AS (
    SELECT i.id, COALESCE(d.title, last.title) AS title, d.item_id IS NULL AS gone, dm.position AS module_position, d.position
    FROM course_items i
    JOIN courses c ON c.id = i.course_id
    LEFT JOIN course_item_revisions d ON d.item_id = i.id AND d.version = c.draft_version
    LEFT JOIN course_module_revisions dm ON dm.module_id = d.module_id AND dm.version = c.draft_version
    CROSS JOIN LATERAL (SELECT r.title FROM course_item_revisions r WHERE r.item_id = i.id ORDER BY r.version DESC LIMIT 1) last
    WHERE i.course_id = $1 AND i.kind = 'quiz'
  ), totals AS (
    SELECT a.quiz_id, count(*)::int AS attempts, count(DISTINCT a.user_id)::int AS learners,
           count(*) FILTER (WHERE a.status = 'graded')::int AS graded,
           count(*) FILTER (WHERE a.status = 'needs_review')::int AS "awaitingReview",
           count(*) FILTER (WHERE a.status = 'graded' AND a.passed)::int AS passed,
           (avg(a.score / NULLIF(a.max_score, 0)) FILTER (WHERE a.status = 'graded') * 100)::float8 AS "averagePercent"
    FROM quiz_attempts a WHERE a.course_id = $1 AND a.status <> 'in_progress'
    GROUP BY a.quiz_id
  ), answers AS (
    SELECT a.quiz_id, r.question_id, count(*)::int AS answered, count(*) FILTER (WHERE r.score < q.points)::int AS missed
    FROM quiz_attempts a
    CROSS JOIN LATERAL jsonb_to_recordset(a.questions) AS q("questionId" uuid, points numeric)
    JOIN attempt_responses r ON r.attempt_id = a.id AND r.question_id = q."questionId"
    WHERE a.course_id = $1 AND a.status IN ('graded', 'needs_review') AND r.score IS NOT NULL
    GROUP BY a.quiz_id, r.question_id
  ), ranked AS (
    SELECT x.*, row_number() OVER (PARTITION BY x.quiz_id ORDER BY x.missed DESC, x.missed::float8 / x.answered DESC, x.question_id) AS n
    FROM answers x WHERE x.missed > 0
  )
  SELECT q.id AS "quizId", q.title,
         COALESCE(t.attempts, 0) AS attempts, COALESCE(t.learners, 0) AS learners, COALESCE(t.graded, 0) AS graded,
         COALESCE(t."awaitingReview", 0) AS "awaitingReview", COALESCE(t.passed, 0) AS passed,
         CASE WHEN COALESCE(t.graded, 0) = 0 THEN NULL ELSE t.passed::float8 / t.graded END AS "passRate",
         t."averagePercent",
         COALESCE((
           SELECT json_agg(json_build_object(
                    'questionId', m.question_id, 'type', v.definition->>'type', 'title', v.definition->>'title',
                    'prompt', left(btrim(regexp_replace(regexp_replace(v.definition->>'prompt', '<[^>]*>', ' ', 'g'), '\\s+', ' ', 'g')), 200),
                    'answered', m.answered, 'missed', m.missed, 'missRate', m.missed::float8 / m.answered) ORDER BY m.n)
           FROM ranked m
           JOIN questions qq ON qq.id = m.question_id
           JOIN question_versions v ON v.question_id = qq.id AND v.version = qq.current_version
           WHERE m.quiz_id = q.id AND m.n <= $2
         ), '[]') AS "mostMissed"
  FROM quizzes q LEFT JOIN totals t ON t.quiz_id = q.id
  ORDER BY q.gone, q.module_position, q.position, q.title, q.id`;

@Injectable()
export class TypeOrmCourseStatsRepository extends CourseStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  quizStats(courseId: string, mostMissed: number): Promise<QuizStats[]> {
    return this.dataSource.query(QUIZ_STATS, [courseId, mostMissed]);
  }
}

import { createHash } from 'node:crypto';
import type { JsonObject } from '../statements';
import type { AttemptGradedFacts, CourseCompletedFacts, CourseFacts, ItemCompletedFacts, Learner } from './learning-facts';

const ADL = 'http://adlnet.gov/expapi';
const verb = (name: string, lo: string) => ({ id: `${ADL}/verbs/${name}`, display: { 'en-US': name, lo } });
const COMPLETED = verb('completed', 'ສຳເລັດ');
const ATTEMPTED = verb('attempted', 'ໄດ້ລອງເຮັດ');
const PASSED = verb('passed', 'ຜ່ານ');
const FAILED = verb('failed', 'ບໍ່ຜ່ານ');

/**
 * A UUID that is always the same for the same event (RFC 4122 version 5 layout over SHA-1), so a
 * job that runs twice stores one statement, and a replay from scratch gives the same ids.
 */
export function eventUuid(key: string): string {
  const hash = createHash('sha1').update(`lane:${key}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Lane's statements name people by their Lane account, never by email: partner LRSs learn who
 * did what without learning how to reach them. Activities are IRIs under this LRS.
 */
export class LaneStatements {
  private readonly base: string;

  constructor(publicUrl: string) {
    this.base = publicUrl.replace(/\/+$/, '');
  }

  private actor(learner: Learner): JsonObject {
    return { objectType: 'Agent', name: learner.name, account: { homePage: this.base, name: learner.userId } };
  }

  private activity(kind: string, id: string, type: string, title: string, locale: string): JsonObject {
    return { objectType: 'Activity', id: `${this.base}/xapi/activities/${kind}/${id}`, definition: { type: `${ADL}/activities/${type}`, name: { [locale]: title } } };
  }

  private course(course: CourseFacts): JsonObject {
    return this.activity('courses', course.courseId, 'course', course.title, course.locale);
  }

  /** One cycle through a course is one registration: the statements of a yearly refresher's cycles stay apart. */
  private context(course: CourseFacts, enrolmentId: string, cycle: number, inCourse: boolean): JsonObject {
    return { registration: eventUuid(`registration:${enrolmentId}:${cycle}`), platform: 'Lane', language: course.locale, ...(inCourse ? { contextActivities: { parent: [this.course(course)] } } : {}) };
  }

  /**
   * A lesson or a SCORM item done: "completed", the SCORM item's with what its package reported
   * (passed or failed, its raw score on 0–100). Quizzes are told by their grading.
   */
  itemCompleted(f: ItemCompletedFacts): JsonObject[] {
    if (f.kind === 'quiz') return [];
    const scorm = f.kind === 'scorm' ? f.scorm : null;
    const success = scorm?.lessonStatus === 'passed' ? { success: true } : scorm?.lessonStatus === 'failed' ? { success: false } : {};
    const score = scorm && scorm.scoreRaw !== null ? { score: { scaled: Math.round(scorm.scoreRaw * 100) / 10_000, raw: scorm.scoreRaw, min: 0, max: 100 } } : {};
    return [
      {
        id: eventUuid(`item-completed:${f.enrolmentId}:${f.cycle}:${f.itemId}`),
        actor: this.actor(f.learner),
        verb: COMPLETED,
        object: f.kind === 'scorm' ? this.activity('scorm-items', f.itemId, 'module', f.title, f.course.locale) : this.activity('lessons', f.itemId, 'lesson', f.title, f.course.locale),
        result: { ...score, ...success, completion: true },
        context: this.context(f.course, f.enrolmentId, f.cycle, true),
        timestamp: f.at,
      },
    ];
  }

  courseCompleted(f: CourseCompletedFacts): JsonObject[] {
    return [
      {
        id: eventUuid(`course-completed:${f.enrolmentId}:${f.cycle}`),
        actor: this.actor(f.learner),
        verb: COMPLETED,
        object: this.course(f.course),
        result: { completion: true },
        context: this.context(f.course, f.enrolmentId, f.cycle, false),
        timestamp: f.at,
      },
    ];
  }

  /** A graded attempt: "attempted" when it began, then "passed" or "failed" with its score. */
  attemptGraded(f: AttemptGradedFacts): JsonObject[] {
    const quiz = this.activity('quizzes', f.quizId, 'assessment', f.quizTitle, f.course.locale);
    const context = this.context(f.course, f.enrolmentId, f.cycle, true);
    // A quiz worth no points has no score to tell (xAPI needs min below max).
    const score = f.maxScore > 0 ? { score: { scaled: Math.round((f.score / f.maxScore) * 10_000) / 10_000, raw: f.score, min: 0, max: f.maxScore } } : {};
    return [
      { id: eventUuid(`attempt-started:${f.attemptId}`), actor: this.actor(f.learner), verb: ATTEMPTED, object: quiz, context, timestamp: f.startedAt },
      { id: eventUuid(`attempt-graded:${f.attemptId}`), actor: this.actor(f.learner), verb: f.passed ? PASSED : FAILED, object: quiz, result: { ...score, success: f.passed, completion: true }, context, timestamp: f.gradedAt },
    ];
  }
}

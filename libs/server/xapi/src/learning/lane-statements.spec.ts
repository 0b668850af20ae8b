import { validateStatement } from '../statements';
import { eventUuid, LaneStatements } from './lane-statements';

const lane = new LaneStatements('https://lane.mtc.gov.la/');
const learner = { userId: '6f1c2d3e-0000-4000-8000-000000000001', name: 'ນ້ອຍ ແກ້ວມະນີ' };
const course = { courseId: 'c0000000-0000-4000-8000-000000000001', title: 'ອີເມວຢ່າງປອດໄພ', locale: 'lo' };
const enrolmentId = 'e0000000-0000-4000-8000-000000000001';

describe('Lane’s own learning events as xAPI statements', () => {
  it('tells a lesson done as one valid "completed" statement in its course, and nothing for other items', () => {
    const [s, ...rest] = lane.itemCompleted({ learner, course, enrolmentId, cycle: 1, itemId: 'i1', kind: 'lesson', title: 'ບົດທີ 1', at: '2026-12-01T03:00:00.000Z' });
    expect(rest).toEqual([]);
    expect(validateStatement(s)).toEqual([]);
    expect(s).toMatchObject({
      actor: { objectType: 'Agent', account: { homePage: 'https://lane.mtc.gov.la', name: learner.userId } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: 'https://lane.mtc.gov.la/xapi/activities/lessons/i1', definition: { name: { lo: 'ບົດທີ 1' } } },
      context: { platform: 'Lane', language: 'lo', contextActivities: { parent: [{ id: `https://lane.mtc.gov.la/xapi/activities/courses/${course.courseId}` }] } },
    });
    // Never the person's email: partner LRSs learn what was done, not how to reach the learner.
    expect(JSON.stringify(s)).not.toContain('mbox');
    expect(lane.itemCompleted({ learner, course, enrolmentId, cycle: 1, itemId: 'q1', kind: 'quiz', title: 'x', at: '2026-12-01T03:00:00.000Z' })).toEqual([]);
  });

  it('tells a SCORM item done as a valid "completed" statement with what its package reported', () => {
    const facts = { learner, course, enrolmentId, cycle: 1, itemId: 's1', kind: 'scorm' as const, title: 'ພື້ນຖານຄວາມປອດໄພ', at: '2026-12-01T03:00:00.000Z' };
    const [passed] = lane.itemCompleted({ ...facts, scorm: { lessonStatus: 'passed', scoreRaw: 87.5 } });
    expect(validateStatement(passed)).toEqual([]);
    expect(passed).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: 'https://lane.mtc.gov.la/xapi/activities/scorm-items/s1', definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { lo: 'ພື້ນຖານຄວາມປອດໄພ' } } },
      result: { score: { scaled: 0.875, raw: 87.5, min: 0, max: 100 }, success: true, completion: true },
    });
    const [completed] = lane.itemCompleted({ ...facts, scorm: { lessonStatus: 'completed', scoreRaw: null } });
    expect(validateStatement(completed)).toEqual([]);
    expect(completed.result).toEqual({ completion: true });
    const [failed] = lane.itemCompleted({ ...facts, scorm: { lessonStatus: 'failed', scoreRaw: 90 } });
    expect(failed.result).toMatchObject({ success: false, completion: true });
  });

  it('tells a graded attempt as "attempted", then "passed" or "failed" with a score the validator accepts', () => {
    const facts = { learner, course, enrolmentId, cycle: 2, attemptId: 'a1', quizId: 'q1', quizTitle: 'ແບບທົດສອບ', startedAt: '2026-12-01T03:00:00.000Z', gradedAt: '2026-12-01T03:10:00.000Z', score: 7.5, maxScore: 10, passed: true };
    const [attempted, passed] = lane.attemptGraded(facts);
    expect([attempted, passed].flatMap((s) => validateStatement(s))).toEqual([]);
    expect(attempted).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' }, timestamp: facts.startedAt });
    expect(passed).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/passed' }, result: { score: { scaled: 0.75, raw: 7.5, min: 0, max: 10 }, success: true, completion: true } });
    const [, failed] = lane.attemptGraded({ ...facts, passed: false, score: 0, maxScore: 0 });
    expect(validateStatement(failed)).toEqual([]);
    expect(failed).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { success: false, completion: true } });
    expect(failed.result).not.toHaveProperty('score');
    // Each cycle of a course is its own registration.
    expect(attempted.context).not.toEqual(lane.attemptGraded({ ...facts, cycle: 1 })[0].context);
  });

  it('tells a course cycle done as a valid "completed" statement', () => {
    const [s] = lane.courseCompleted({ learner, course, enrolmentId, cycle: 1, at: '2026-12-01T03:00:00.000Z' });
    expect(validateStatement(s)).toEqual([]);
    expect(s.object).toMatchObject({ id: `https://lane.mtc.gov.la/xapi/activities/courses/${course.courseId}`, definition: { type: 'http://adlnet.gov/expapi/activities/course' } });
  });

  it('gives every event the same UUID each time, and different events different ones', () => {
    expect(eventUuid('course-completed:e:1')).toBe(eventUuid('course-completed:e:1'));
    expect(eventUuid('course-completed:e:1')).not.toBe(eventUuid('course-completed:e:2'));
    expect(eventUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

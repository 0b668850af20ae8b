import type { QuestionInput, QuizSettings } from '@lms/contracts';
import type { AttemptRecord } from '../attempts/attempts.repository';
import { gradeAttempt, outcomeFromScores } from './grade-outcome';

const settings = { passPercent: 60 } as QuizSettings;
const attempt = (questions: { id: string; points: number }[]): AttemptRecord =>
  ({ settings, maxScore: questions.reduce((s, q) => s + q.points, 0), questions: questions.map((q) => ({ questionId: q.id, version: 1, points: q.points, order: null })) }) as AttemptRecord;

const single: QuestionInput = { type: 'single_choice', prompt: 'p', format: 'moodle', options: [{ text: 'a', weight: 100 }, { text: 'b', weight: -50 }] };
const multi: QuestionInput = { type: 'multiple_choice', prompt: 'p', format: 'moodle', options: [{ text: 'a', weight: 50 }, { text: 'b', weight: 50 }, { text: 'c', weight: -100 }] };
const essay: QuestionInput = { type: 'essay', prompt: 'p', format: 'moodle' };

describe('grading an attempt', () => {
  it('scores each question by its marks and passes against the pass mark', () => {
    const a = attempt([{ id: 's', points: 2 }, { id: 'm', points: 4 }]);
    const keys = new Map<string, QuestionInput>([['s', single], ['m', multi]]);
    const outcome = gradeAttempt(a, keys, [{ questionId: 's', answer: 'o1', score: null, comment: null }, { questionId: 'm', answer: ['o1'], score: null, comment: null }]);
    expect(outcome).toEqual({ status: 'graded', score: 4, passed: true, scores: [{ questionId: 's', score: 2 }, { questionId: 'm', score: 2 }] });
  });

  it('lets a single-choice penalty lower the total but never below zero', () => {
    const a = attempt([{ id: 's', points: 2 }, { id: 'm', points: 1 }]);
    const keys = new Map<string, QuestionInput>([['s', single], ['m', multi]]);
    const outcome = gradeAttempt(a, keys, [{ questionId: 's', answer: 'o2', score: null, comment: null }]);
    expect(outcome.scores).toEqual([{ questionId: 's', score: -1 }, { questionId: 'm', score: 0 }]);
    expect(outcome).toMatchObject({ score: 0, passed: false });
  });

  it('waits for a person while an essay has no score, and keeps that person’s score once given', () => {
    const a = attempt([{ id: 's', points: 1 }, { id: 'e', points: 5 }]);
    const keys = new Map<string, QuestionInput>([['s', single], ['e', essay]]);
    expect(gradeAttempt(a, keys, [{ questionId: 's', answer: 'o1', score: null, comment: null }])).toMatchObject({ status: 'needs_review', passed: null, score: 1 });
    const reviewed = gradeAttempt(a, keys, [{ questionId: 's', answer: 'o1', score: 1, comment: null }, { questionId: 'e', answer: 'text', score: 3, comment: 'ok' }]);
    expect(reviewed).toMatchObject({ status: 'graded', score: 4, passed: true });
  });

  it('counts exactly the pass mark as a pass, and a quiz worth nothing as passed', () => {
    expect(outcomeFromScores({ maxScore: 5, settings }, [{ questionId: 'a', score: 3 }]).passed).toBe(true);
    expect(outcomeFromScores({ maxScore: 5, settings }, [{ questionId: 'a', score: 2.9999 }]).passed).toBe(false);
    expect(outcomeFromScores({ maxScore: 0, settings }, []).passed).toBe(true);
  });
});

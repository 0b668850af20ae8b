import type { QuestionInput } from '@lms/contracts';
import { rightAnswer } from './right-answer';
import { scoreQuestion } from './score-question';

const base = { prompt: 'Question?', format: 'moodle' as const };
const options = (weights: number[]) => weights.map((weight, i) => ({ text: `Option ${i + 1}`, weight }));

describe('rightAnswer', () => {
  it('gives the first highest-weighted option of a single choice', () => {
    expect(rightAnswer({ ...base, type: 'single_choice', options: options([0, 100, 100, -50]) })).toBe('o2');
    expect(rightAnswer({ ...base, type: 'single_choice', options: options([0, -50]) })).toBeUndefined();
  });

  it('gives every positively weighted option of a multiple choice', () => {
    expect(rightAnswer({ ...base, type: 'multiple_choice', options: options([50, -100, 50, 0]) })).toEqual(['o1', 'o3']);
    expect(rightAnswer({ ...base, type: 'multiple_choice', options: options([0, -100]) })).toBeUndefined();
  });

  it('gives the boolean of a true/false question', () => {
    expect(rightAnswer({ ...base, type: 'true_false', correct: false })).toBe(false);
    expect(rightAnswer({ ...base, type: 'true_false', correct: true })).toBe(true);
  });

  it('gives the first full-marks short answer as a learner would type it', () => {
    const q: QuestionInput = {
      ...base,
      type: 'short_answer',
      answers: [
        { text: 'four', weight: 50 },
        { text: '2 \\* 2', weight: 100 },
        { text: '4', weight: 100 },
      ],
    };
    expect(rightAnswer(q)).toBe('2 * 2');
    expect(scoreQuestion(q, '2 * 2').fraction).toBe(1);
  });

  it('keeps a wildcard in a short answer, since it matches itself', () => {
    const q: QuestionInput = { ...base, type: 'short_answer', answers: [{ text: 'colo*r', weight: 100 }] };
    expect(rightAnswer(q)).toBe('colo*r');
    expect(scoreQuestion(q, 'colo*r').fraction).toBe(1);
  });

  it('gives the first full-marks numeric value, or the middle of its range', () => {
    expect(
      rightAnswer({
        ...base,
        type: 'numeric',
        answers: [
          { value: 3, tolerance: 0.5, weight: 50 },
          { value: 3.14, tolerance: 0.01, weight: 100 },
        ],
      }),
    ).toBe(3.14);
    expect(rightAnswer({ ...base, type: 'numeric', answers: [{ min: 10, max: 20, weight: 100 }] })).toBe(15);
    expect(rightAnswer({ ...base, type: 'numeric', answers: [{ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 100 }] })).toBe(0);
  });

  it('gives the full matching map', () => {
    expect(
      rightAnswer({
        ...base,
        type: 'matching',
        pairs: [
          { prompt: '', answer: 'insect' },
          { prompt: 'Dog', answer: 'mammal' },
          { prompt: 'Gecko', answer: 'reptile' },
        ],
      }),
    ).toEqual({ p1: 'c2', p2: 'c3' });
  });

  it('keeps option ids by position when a stored option is not an object', () => {
    const broken = { ...base, type: 'single_choice', options: [null, { text: 'a', weight: 100 }] } as unknown as QuestionInput;
    expect(rightAnswer(broken)).toBe('o2');
    expect(rightAnswer({ ...broken, type: 'multiple_choice' } as QuestionInput)).toEqual(['o2']);
  });

  it('gives nothing for an essay', () => {
    expect(rightAnswer({ ...base, type: 'essay' })).toBeUndefined();
  });
});

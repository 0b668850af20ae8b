import type { QuestionInput } from '@lms/contracts';
import { toAttemptQuestion } from './attempt-view';

const SECRET = 'KEY-OR-FEEDBACK';
const QUESTIONS: QuestionInput[] = [
  { type: 'single_choice', prompt: 'p', format: 'moodle', generalFeedback: SECRET, options: [{ text: 'a', weight: 100, feedback: SECRET }, { text: 'b', weight: 0 }] },
  { type: 'multiple_choice', prompt: 'p', format: 'markdown', options: [{ text: '**a**', weight: 50, feedback: SECRET }, { text: 'b', weight: 50 }, { text: 'c', weight: -100 }] },
  { type: 'true_false', prompt: 'p', format: 'moodle', correct: false, trueFeedback: SECRET, falseFeedback: SECRET },
  { type: 'short_answer', prompt: 'Say {blank} here', format: 'plain', blankAt: 4, answers: [{ text: SECRET, weight: 100 }] },
  { type: 'numeric', prompt: 'p', format: 'moodle', answers: [{ value: 424242, tolerance: 1, weight: 100, feedback: SECRET }] },
  { type: 'matching', prompt: 'p', format: 'moodle', pairs: [{ prompt: 'left 1', answer: 'right 1' }, { prompt: 'left 2', answer: 'right 2' }, { prompt: '', answer: 'spare' }] },
  { type: 'essay', prompt: 'p', format: 'html', graderInfo: SECRET },
];

describe('toAttemptQuestion: what a learner sees of a question', () => {
  it.each(QUESTIONS.map((q) => [q.type, q] as const))('%s carries no key, weight, feedback or grader note', (_type, q) => {
    const view = toAttemptQuestion({ questionId: 'q1', version: 1, points: 2, order: null }, q);
    const raw = JSON.stringify(view);
    for (const leak of [SECRET, '424242', 'weight', 'correct', 'feedback', 'answers', 'pairs', 'graderInfo', 'answerIndex']) expect(raw).not.toContain(leak);
    expect(Object.keys(view).sort()).toEqual(expect.arrayContaining(['id', 'points', 'prompt', 'type']));
    expect(Object.keys(view).every((k) => ['id', 'type', 'prompt', 'points', 'blankAt', 'options', 'prompts'].includes(k))).toBe(true);
  });

  it('shows options in the attempt’s own order, with position ids, and renders their text safely', () => {
    const view = toAttemptQuestion({ questionId: 'q', version: 1, points: 1, order: [2, 0, 1] }, QUESTIONS[1]);
    expect(view.options).toEqual([
      { id: 'o3', text: 'c' },
      { id: 'o1', text: '<strong>a</strong>' },
      { id: 'o2', text: 'b' },
    ]);
    const xss = toAttemptQuestion({ questionId: 'q', version: 1, points: 1, order: null }, { ...QUESTIONS[0], prompt: '<img src=x onerror=alert(1)><script>alert(1)</script>hi' } as QuestionInput);
    expect(xss.prompt).not.toMatch(/onerror|<script/);
    expect(xss.prompt).toContain('hi');
  });

  it('gives matching prompts and the distinct right-hand choices, distractors included', () => {
    const view = toAttemptQuestion({ questionId: 'q', version: 1, points: 1, order: [2, 1, 0] }, QUESTIONS[5]);
    expect(view.prompts).toEqual([{ id: 'p1', text: 'left 1' }, { id: 'p2', text: 'left 2' }]);
    expect(view.options).toEqual([{ id: 'c3', text: 'spare' }, { id: 'c2', text: 'right 2' }, { id: 'c1', text: 'right 1' }]);
    expect(toAttemptQuestion({ questionId: 'q', version: 1, points: 1, order: null }, QUESTIONS[3]).blankAt).toBe(4);
  });
});

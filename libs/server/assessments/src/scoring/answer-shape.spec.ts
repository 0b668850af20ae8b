import type { QuestionInput } from '@lms/contracts';
import { answerShapeError } from './answer-shape';

const base = { prompt: 'Question?', format: 'moodle' as const };
const options = [
  { text: 'a', weight: 100 },
  { text: 'b', weight: 0 },
  { text: 'c', weight: 0 },
];
const questions: Record<QuestionInput['type'], QuestionInput & { id: string }> = {
  single_choice: { ...base, id: 'q1', type: 'single_choice', options },
  multiple_choice: { ...base, id: 'q2', type: 'multiple_choice', options },
  true_false: { ...base, id: 'q3', type: 'true_false', correct: true },
  short_answer: { ...base, id: 'q4', type: 'short_answer', answers: [{ text: 'x', weight: 100 }] },
  numeric: { ...base, id: 'q5', type: 'numeric', answers: [{ value: 1, tolerance: 0, weight: 100 }] },
  matching: {
    ...base,
    id: 'q6',
    type: 'matching',
    pairs: [
      { prompt: 'A', answer: 'x' },
      { prompt: 'B', answer: 'y' },
      { prompt: '', answer: 'z' },
    ],
  },
  essay: { ...base, id: 'q7', type: 'essay' },
};

describe('answerShapeError', () => {
  it('accepts null, which clears a response, for every type', () => {
    for (const question of Object.values(questions)) expect(answerShapeError(question, null)).toBeNull();
  });

  it('takes one existing option id for a single choice', () => {
    const q = questions.single_choice;
    expect(answerShapeError(q, 'o1')).toBeNull();
    expect(answerShapeError(q, 'o3')).toBeNull();
    expect(answerShapeError(q, ['o1'])).toBe('question q1 (single_choice) takes one option id, e.g. "o1"');
    expect(answerShapeError(q, 1)).toBe('question q1 (single_choice) takes one option id, e.g. "o1"');
    expect(answerShapeError(q, 'o4')).toBe('question q1 (single_choice) has no option "o4"; its options are o1 to o3');
    expect(answerShapeError(q, 'o0')).toMatch(/has no option "o0"/);
  });

  it('takes an array of existing option ids, no more than there are options, for a multiple choice', () => {
    const q = questions.multiple_choice;
    expect(answerShapeError(q, [])).toBeNull();
    expect(answerShapeError(q, ['o1', 'o3'])).toBeNull();
    expect(answerShapeError(q, ['o1', 'o1'])).toBeNull();
    expect(answerShapeError(q, 'o1')).toBe('question q2 (multiple_choice) takes an array of option ids, e.g. ["o1", "o3"]');
    expect(answerShapeError(q, ['o1', 2])).toMatch(/takes an array of option ids/);
    expect(answerShapeError(q, ['o1', 'o2', 'o3', 'o1'])).toBe('question q2 (multiple_choice) takes at most 3 option ids, one for each option');
    expect(answerShapeError(q, ['o1', 'o7'])).toBe('question q2 (multiple_choice) has no option "o7"; its options are o1 to o3');
  });

  it('takes a boolean for a true/false question', () => {
    expect(answerShapeError(questions.true_false, false)).toBeNull();
    expect(answerShapeError(questions.true_false, 'true')).toBe('question q3 (true_false) takes true or false');
    expect(answerShapeError(questions.true_false, 1)).toMatch(/takes true or false/);
  });

  it('takes a string of at most 1,000 characters for a short answer, counting code points', () => {
    const q = questions.short_answer;
    expect(answerShapeError(q, '')).toBeNull();
    expect(answerShapeError(q, 'x'.repeat(1000))).toBeNull();
    expect(answerShapeError(q, '😀'.repeat(1000))).toBeNull();
    expect(answerShapeError(q, 'x'.repeat(1001))).toBe('question q4 (short_answer) takes at most 1,000 characters');
    expect(answerShapeError(q, 42)).toBe('question q4 (short_answer) takes a string');
  });

  it('takes a string of at most 50,000 characters for an essay', () => {
    const q = questions.essay;
    expect(answerShapeError(q, 'ກ'.repeat(50_000))).toBeNull();
    expect(answerShapeError(q, 'x'.repeat(50_001))).toBe('question q7 (essay) takes at most 50,000 characters');
    expect(answerShapeError(q, { text: 'x' })).toBe('question q7 (essay) takes a string');
  });

  it('takes a finite number for a numeric question', () => {
    const q = questions.numeric;
    expect(answerShapeError(q, -3.5)).toBeNull();
    expect(answerShapeError(q, 0)).toBeNull();
    for (const answer of ['3', Number.NaN, Infinity, [1]]) expect(answerShapeError(q, answer)).toBe('question q5 (numeric) takes a finite number, e.g. 3.14');
  });

  it('takes an object from existing prompt ids to existing choice ids for a matching question', () => {
    const q = questions.matching;
    expect(answerShapeError(q, {})).toBeNull();
    expect(answerShapeError(q, { p1: 'c3', p2: 'c3' })).toBeNull();
    expect(answerShapeError(q, ['c1'])).toBe('question q6 (matching) takes an object from prompt id to choice id, e.g. {"p1": "c2"}');
    expect(answerShapeError(q, 'c1')).toMatch(/takes an object/);
    expect(answerShapeError(q, { p3: 'c1' })).toBe('question q6 (matching) has no prompt "p3"; its prompts are p1 to p2');
    expect(answerShapeError(q, { p1: 'c4' })).toBe('question q6 (matching) has no choice "c4"; its choices are c1 to c3');
    expect(answerShapeError(q, { p1: 1 })).toBe('question q6 (matching) takes a choice id for prompt p1, e.g. "c1"');
    expect(answerShapeError(q, JSON.parse('{"__proto__": "c1"}'))).toMatch(/has no prompt "__proto__"/);
  });

  it('names the question by type when it has no id, and quotes only the start of a long id', () => {
    const { id: _id, ...anonymous } = questions.single_choice;
    expect(answerShapeError(anonymous, true)).toBe('a single_choice question takes one option id, e.g. "o1"');
    expect(answerShapeError(anonymous, 'o'.repeat(500))).toMatch(/^a single_choice question has no option "o{37}\.\.\."; its options are o1 to o3$/);
  });

  it('says when a question has one option or none', () => {
    const one: QuestionInput = { ...base, type: 'single_choice', options: [{ text: 'a', weight: 100 }] };
    expect(answerShapeError(one, 'o2')).toMatch(/its only option is o1$/);
    expect(answerShapeError({ ...one, options: [] }, 'o1')).toMatch(/it has no options$/);
  });

  it('takes no answer (but null) for a type it does not know', () => {
    const unknown = { ...base, type: 'hotspot' } as unknown as QuestionInput;
    expect(answerShapeError(unknown, 'x')).toMatch(/unknown/);
    expect(answerShapeError(unknown, null)).toBeNull();
  });
});

import type {
  AnswerValue,
  EssayQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericAnswer,
  NumericQuestion,
  QuestionInput,
  ShortAnswer,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '@lms/contracts';
import { scoreQuestion } from './score-question';

const base = { prompt: 'Question?', format: 'moodle' as const, generalFeedback: 'General.' };
const options = (weights: number[]) => weights.map((weight, i) => ({ text: `Option ${i + 1}`, weight, feedback: `Feedback ${i + 1}` }));
const single = (weights: number[]): SingleChoiceQuestion => ({ ...base, type: 'single_choice', options: options(weights) });
const multiple = (weights: number[]): MultipleChoiceQuestion => ({ ...base, type: 'multiple_choice', options: options(weights) });
const trueFalse = (correct: boolean): TrueFalseQuestion => ({ ...base, type: 'true_false', correct, trueFeedback: 'You said true.', falseFeedback: 'You said false.' });
const short = (answers: ShortAnswer[], caseSensitive?: boolean): ShortAnswerQuestion => ({ ...base, type: 'short_answer', answers, ...(caseSensitive === undefined ? {} : { caseSensitive }) });
const numeric = (answers: NumericAnswer[]): NumericQuestion => ({ ...base, type: 'numeric', answers });
const matching = (pairs: MatchingQuestion['pairs']): MatchingQuestion => ({ ...base, type: 'matching', pairs });
const essay: EssayQuestion = { ...base, type: 'essay', graderInfo: 'Look for three points.' };

const fraction = (question: QuestionInput, answer: unknown) => scoreQuestion(question, answer as AnswerValue).fraction;

describe('scoreQuestion', () => {
  describe('single choice', () => {
    const question = single([100, 50, 0, -33.33333, -100]);

    it("gives the chosen option's weight, with its feedback then the general feedback", () => {
      expect(scoreQuestion(question, 'o1')).toEqual({ fraction: 1, correct: true, feedback: ['Feedback 1', 'General.'] });
      expect(scoreQuestion(question, 'o2')).toEqual({ fraction: 0.5, correct: false, feedback: ['Feedback 2', 'General.'] });
      expect(scoreQuestion(question, 'o3')).toEqual({ fraction: 0, correct: false, feedback: ['Feedback 3', 'General.'] });
    });

    it('takes a negative weight as a penalty', () => {
      expect(fraction(question, 'o4')).toBe(-0.3333333);
      expect(fraction(question, 'o5')).toBe(-1);
    });

    it('scores 0 with only the general feedback when unanswered, unknown or ill-shaped', () => {
      for (const answer of [null, undefined, 'o9', 'O1', '', ['o1'], 1, true, { o1: 'o1' }]) {
        expect(scoreQuestion(question, answer as AnswerValue)).toEqual({ fraction: 0, correct: false, feedback: ['General.'] });
      }
    });

    it('leaves out feedback that is absent or blank', () => {
      const q: SingleChoiceQuestion = { type: 'single_choice', prompt: 'Q', format: 'plain', generalFeedback: '  ', options: [{ text: 'a', weight: 100 }, { text: 'b', weight: 0, feedback: '' }] };
      expect(scoreQuestion(q, 'o1').feedback).toEqual([]);
      expect(scoreQuestion(q, 'o2').feedback).toEqual([]);
    });
  });

  describe('multiple choice', () => {
    it('adds up the chosen weights for partial credit', () => {
      const q = multiple([50, 50, -100, -100]);
      expect(fraction(q, ['o1', 'o2'])).toBe(1);
      expect(fraction(q, ['o1'])).toBe(0.5);
      expect(fraction(q, [])).toBe(0);
    });

    it('lets a -100 option drag the score down to 0 and no further', () => {
      const q = multiple([50, 50, -100, -100]);
      expect(fraction(q, ['o1', 'o3'])).toBe(0);
      expect(fraction(q, ['o1', 'o2', 'o3'])).toBe(0);
      expect(fraction(q, ['o3', 'o4'])).toBe(0);
      expect(scoreQuestion(q, ['o3']).correct).toBe(false);
    });

    it('scores 50 + 50 − 50 as half', () => {
      const q = multiple([50, 50, -50]);
      expect(fraction(q, ['o1', 'o2', 'o3'])).toBe(0.5);
      expect(fraction(q, ['o1', 'o3'])).toBe(0);
    });

    it('clamps a sum above 100% to full marks', () => {
      expect(fraction(multiple([100, 100]), ['o1', 'o2'])).toBe(1);
    });

    it('counts a duplicate id once and ignores unknown ids and non-strings', () => {
      const q = multiple([50, 50, -100]);
      expect(fraction(q, ['o1', 'o1'])).toBe(0.5);
      expect(fraction(q, ['o1', 'o9', 'x', 3, null])).toBe(0.5);
    });

    it('has no floating-point drift', () => {
      expect(fraction(multiple([10, 20, 70]), ['o1', 'o2'])).toBe(0.3);
    });

    it("counts all of three 33.333% options as fully right, as Moodle's 100 ± 0.01 rule means", () => {
      const q = multiple([33.333, 33.333, 33.333, -100]);
      expect(scoreQuestion(q, ['o1', 'o2', 'o3'])).toMatchObject({ fraction: 1, correct: true });
      expect(fraction(q, ['o1', 'o2'])).toBe(0.66666);
    });

    it("shows the chosen options' feedback in option order, then the general feedback", () => {
      expect(scoreQuestion(multiple([50, 50, -100]), ['o3', 'o1']).feedback).toEqual(['Feedback 1', 'Feedback 3', 'General.']);
    });

    it('scores 0 for an answer that is not an array', () => {
      expect(scoreQuestion(multiple([50, 50]), 'o1' as AnswerValue)).toEqual({ fraction: 0, correct: false, feedback: ['General.'] });
    });
  });

  describe('true/false', () => {
    it('gives 1 for the right answer and 0 for the wrong one', () => {
      expect(scoreQuestion(trueFalse(true), true)).toEqual({ fraction: 1, correct: true, feedback: ['You said true.', 'General.'] });
      expect(scoreQuestion(trueFalse(true), false)).toEqual({ fraction: 0, correct: false, feedback: ['You said false.', 'General.'] });
      expect(scoreQuestion(trueFalse(false), false)).toEqual({ fraction: 1, correct: true, feedback: ['You said false.', 'General.'] });
      expect(scoreQuestion(trueFalse(false), true)).toEqual({ fraction: 0, correct: false, feedback: ['You said true.', 'General.'] });
    });

    it('scores 0 with no true/false feedback when unanswered or given a non-boolean', () => {
      for (const answer of [null, 'true', 1, 0]) expect(scoreQuestion(trueFalse(true), answer as AnswerValue)).toEqual({ fraction: 0, correct: false, feedback: ['General.'] });
    });
  });

  describe('short answer', () => {
    const capital = short([
      { text: 'Vientiane', weight: 100, feedback: 'Right.' },
      { text: 'Viang*', weight: 50, feedback: 'The Lao spelling, nearly.' },
      { text: 'Luang Prabang', weight: -50, feedback: 'That was the royal capital.' },
      { text: '*', weight: 0, feedback: 'No.' },
    ]);

    it('gives the best weight among the matching answers, with that answer’s feedback', () => {
      expect(scoreQuestion(capital, 'Vientiane')).toEqual({ fraction: 1, correct: true, feedback: ['Right.', 'General.'] });
      expect(scoreQuestion(capital, 'Viangchan')).toEqual({ fraction: 0.5, correct: false, feedback: ['The Lao spelling, nearly.', 'General.'] });
      expect(scoreQuestion(capital, 'Bangkok')).toEqual({ fraction: 0, correct: false, feedback: ['No.', 'General.'] });
    });

    it('matches a catch-all listed before the right answer without hiding it (best weight, not first match)', () => {
      const q = short([
        { text: '*', weight: 0, feedback: 'No.' },
        { text: 'paris', weight: 100, feedback: 'Yes.' },
      ]);
      expect(scoreQuestion(q, 'Paris')).toMatchObject({ fraction: 1, feedback: ['Yes.', 'General.'] });
    });

    it('floors a negative weight at 0, since Moodle allows no negative short answers, but still shows its feedback', () => {
      // The −50 answer ties with the 0% catch-all once floored, and is listed first.
      expect(scoreQuestion(capital, 'luang prabang')).toEqual({ fraction: 0, correct: false, feedback: ['That was the royal capital.', 'General.'] });
      expect(scoreQuestion(short([{ text: 'x', weight: -100, feedback: 'No!' }]), 'x')).toEqual({ fraction: 0, correct: false, feedback: ['No!', 'General.'] });
    });

    it('ignores case unless the question is case-sensitive', () => {
      expect(fraction(capital, 'VIENTIANE')).toBe(1);
      const sensitive = short([{ text: 'NaCl', weight: 100 }], true);
      expect(fraction(sensitive, 'NaCl')).toBe(1);
      expect(fraction(sensitive, 'nacl')).toBe(0);
    });

    it('trims and folds runs of any whitespace', () => {
      const q = short([{ text: 'New  York', weight: 100 }]);
      for (const answer of ['New York', '  new york  ', 'new\tyork', 'new\n\nyork', 'new\u00A0york', 'new\u3000york', 'new\u2003york']) expect(fraction(q, answer)).toBe(1);
      expect(fraction(q, 'newyork')).toBe(0);
    });

    it('reads * as any run of characters and \\* as a star', () => {
      const colour = short([{ text: 'colo*r', weight: 100 }]);
      expect(fraction(colour, 'color')).toBe(1);
      expect(fraction(colour, 'colour')).toBe(1);
      expect(fraction(colour, 'colours')).toBe(0);
      const product = short([{ text: '5 \\* 3', weight: 100 }]);
      expect(fraction(product, '5 * 3')).toBe(1);
      expect(fraction(product, '5 x 3')).toBe(0);
      expect(fraction(product, '5 \\* 3')).toBe(0);
    });

    it('matches Lao text typed with a different code point order', () => {
      // ນ້ຳ (water) as stored, and as typed with NIGGAHITA + AA, and with the tone after the vowel.
      const q = short([{ text: '\u0E99\u0EC9\u0EB3', weight: 100 }]);
      expect(fraction(q, '\u0E99\u0ECD\u0EC9\u0EB2')).toBe(1);
      expect(fraction(q, '\u0E99\u0EB3\u0EC9')).toBe(1);
      // ກຸ່ມ (group): tone typed before the vowel below.
      expect(fraction(short([{ text: '\u0E81\u0EB8\u0EC8\u0EA1', weight: 100 }]), '\u0E81\u0EC8\u0EB8\u0EA1')).toBe(1);
    });

    it('scores 0 for a blank, missing or non-string answer, even against *', () => {
      for (const answer of ['', '   ', null, undefined, 42, ['Vientiane']]) expect(fraction(capital, answer)).toBe(0);
    });
  });

  describe('numeric', () => {
    const pi = numeric([
      { value: 3.14, tolerance: 0.01, weight: 100, feedback: 'Right.' },
      { value: 3, tolerance: 0.5, weight: 50, feedback: 'Close.' },
    ]);

    it('accepts the value ± tolerance, edges included', () => {
      expect(scoreQuestion(pi, 3.14)).toEqual({ fraction: 1, correct: true, feedback: ['Right.', 'General.'] });
      expect(fraction(pi, 3.13)).toBe(1);
      expect(fraction(pi, 3.15)).toBe(1);
      expect(fraction(pi, 3.1500001)).toBe(0.5);
    });

    it('gives the best weight among the intervals that hold the value, with its feedback', () => {
      expect(scoreQuestion(pi, 2.5)).toEqual({ fraction: 0.5, correct: false, feedback: ['Close.', 'General.'] });
      expect(scoreQuestion(pi, 2.49)).toEqual({ fraction: 0, correct: false, feedback: ['General.'] });
      expect(fraction(pi, 3.6)).toBe(0);
    });

    it('allows for floating-point error at the edges', () => {
      const q = numeric([{ value: 0.1, tolerance: 0.01, weight: 100 }]);
      expect(0.1 - 0.01).toBeGreaterThan(0.09); // the reason for the epsilon
      expect(fraction(q, 0.09)).toBe(1);
      expect(fraction(q, 0.11)).toBe(1);
      expect(fraction(q, 0.0899999)).toBe(0);
      expect(fraction(numeric([{ value: 1e6, tolerance: 0, weight: 100 }]), 1e6)).toBe(1);
      expect(fraction(numeric([{ value: 1e6, tolerance: 0, weight: 100 }]), 1e6 + 0.001)).toBe(0);
    });

    it('accepts an inclusive [min, max] range', () => {
      const q = numeric([{ min: 10, max: 20, weight: 100 }]);
      expect(fraction(q, 10)).toBe(1);
      expect(fraction(q, 20)).toBe(1);
      expect(fraction(q, 15.5)).toBe(1);
      expect(fraction(q, 9.99)).toBe(0);
      expect(fraction(q, 20.01)).toBe(0);
    });

    it('takes an exact value when the tolerance is 0, and negative values', () => {
      const q = numeric([{ value: -273.15, tolerance: 0, weight: 100 }]);
      expect(fraction(q, -273.15)).toBe(1);
      expect(fraction(q, -273.1)).toBe(0);
    });

    it('floors a negative weight at 0, as Moodle’s numerical question has no negative grades', () => {
      const q = numeric([
        { value: 42, tolerance: 0, weight: 100 },
        { value: 24, tolerance: 0, weight: -50, feedback: 'Digits swapped.' },
      ]);
      expect(scoreQuestion(q, 24)).toEqual({ fraction: 0, correct: false, feedback: ['Digits swapped.', 'General.'] });
    });

    it('scores 0 for NaN, Infinity and non-numbers', () => {
      const wide = numeric([{ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 100 }]);
      for (const answer of [Number.NaN, Infinity, -Infinity, '3.14', null, [3.14]]) expect(fraction(wide, answer)).toBe(0);
      expect(fraction(wide, 0)).toBe(1);
    });
  });

  describe('matching', () => {
    const animals = matching([
      { prompt: 'Dog', answer: 'mammal' },
      { prompt: 'Cat', answer: 'mammal' },
      { prompt: 'Gecko', answer: 'reptile' },
      { prompt: '', answer: 'insect' },
    ]);
    // p1 Dog, p2 Cat, p3 Gecko; c1 mammal, c2 reptile, c3 insect

    it('gives the share of prompts matched to their right choice', () => {
      expect(scoreQuestion(animals, { p1: 'c1', p2: 'c1', p3: 'c2' })).toEqual({ fraction: 1, correct: true, feedback: ['General.'] });
      expect(fraction(animals, { p1: 'c1', p2: 'c1', p3: 'c1' })).toBe(0.6666667);
      expect(fraction(animals, { p1: 'c2', p2: 'c2', p3: 'c1' })).toBe(0);
    });

    it('lets duplicate answer texts share one choice, and counts a distractor as wrong', () => {
      expect(fraction(animals, { p1: 'c1', p2: 'c3', p3: 'c2' })).toBe(0.6666667);
    });

    it('counts unmatched prompts as wrong and ignores unknown keys and non-string values', () => {
      expect(fraction(animals, { p1: 'c1' })).toBe(0.3333333);
      expect(fraction(animals, { p1: 'c1', p4: 'c3', p9: 'c1', p2: 1 })).toBe(0.3333333);
      expect(fraction(animals, {})).toBe(0);
    });

    it('never reads a prompt id from the object prototype', () => {
      const q = matching([
        { prompt: 'A', answer: 'x' },
        { prompt: 'B', answer: 'y' },
      ]);
      const sneaky = Object.create({ p1: 'c1', p2: 'c2' }) as Record<string, string>;
      expect(fraction(q, sneaky)).toBe(0);
    });

    it('scores 0 for an answer that is not an object', () => {
      for (const answer of [null, 'c1', ['c1', 'c1', 'c2'], 1]) expect(fraction(animals, answer)).toBe(0);
    });
  });

  describe('essay', () => {
    it('waits for a person, with the general feedback ready', () => {
      expect(scoreQuestion(essay, 'My essay.')).toEqual({ fraction: null, correct: null, feedback: ['General.'] });
      expect(scoreQuestion(essay, null)).toEqual({ fraction: null, correct: null, feedback: ['General.'] });
    });
  });

  it('scores 0 for a stored type it does not know, and for parts that are not objects', () => {
    expect(scoreQuestion({ ...base, type: 'drag_and_drop' } as unknown as QuestionInput, 'o1')).toEqual({ fraction: 0, correct: false, feedback: [] });
    const broken = { ...base, type: 'single_choice', options: [null, { text: 'a', weight: 'lots' }] } as unknown as QuestionInput;
    expect(fraction(broken, 'o1')).toBe(0);
    expect(fraction({ ...base, type: 'numeric', answers: [{ value: 'x', tolerance: 1, weight: 100 }] } as unknown as QuestionInput, 1)).toBe(0);
  });

  it('keeps option ids by position when a stored option is not an object', () => {
    const broken = { ...base, type: 'multiple_choice', options: [null, { text: 'a', weight: 100 }] } as unknown as QuestionInput;
    expect(fraction(broken, ['o2'])).toBe(1);
    expect(fraction(broken, ['o1'])).toBe(0);
    expect(fraction({ ...broken, type: 'single_choice' } as QuestionInput, 'o2')).toBe(1);
  });
});

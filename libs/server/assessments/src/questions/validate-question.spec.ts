import { validateQuestion } from './validate-question';

const problemsOf = (input: unknown) => validateQuestion(input).problems;
const base = { prompt: 'What is the capital of Laos?' };
const single = (extra: Record<string, unknown> = {}) => ({
  ...base,
  type: 'single_choice',
  options: [
    { text: 'Vientiane', weight: 100, feedback: 'Yes.' },
    { text: 'Bangkok', weight: -50 },
  ],
  ...extra,
});

describe('validateQuestion', () => {
  describe('accepts each type and returns a clean copy with defaults', () => {
    it('single choice, with format defaulting to moodle and every optional field kept', () => {
      const input = single({ title: 'Capital', category: 'top/Geography', generalFeedback: 'See chapter 1.', points: 2, blankAt: 4 });
      expect(validateQuestion(input)).toEqual({ question: { ...input, format: 'moodle' }, problems: [] });
    });

    it('multiple choice whose positive weights add up to 100, within 0.01', () => {
      const options = [
        { text: 'a', weight: 33.333 },
        { text: 'b', weight: 33.333 },
        { text: 'c', weight: 33.333 },
        { text: 'd', weight: -100 },
      ];
      expect(validateQuestion({ ...base, type: 'multiple_choice', format: 'html', options }).question).toEqual({ ...base, type: 'multiple_choice', format: 'html', options });
    });

    it('true/false with its feedback', () => {
      const input = { ...base, type: 'true_false', format: 'plain', correct: false, trueFeedback: 'No.', falseFeedback: 'Right.' };
      expect(validateQuestion(input).question).toEqual(input);
    });

    it('short answer, case-sensitive or not', () => {
      const input = { ...base, type: 'short_answer', format: 'markdown', caseSensitive: true, answers: [{ text: 'Vientiane', weight: 100 }, { text: 'Vien*', weight: 50, feedback: 'Spelling.' }] };
      expect(validateQuestion(input).question).toEqual(input);
    });

    it('numeric, with value ± tolerance (tolerance 0 when absent) or a range', () => {
      const input = { ...base, type: 'numeric', answers: [{ value: 3.14, weight: 100 }, { value: 3, tolerance: 0.5, weight: 50 }, { min: 3, max: 4, weight: 10, feedback: 'Roughly.' }] };
      expect(validateQuestion(input).question).toEqual({
        ...base,
        type: 'numeric',
        format: 'moodle',
        answers: [{ value: 3.14, tolerance: 0, weight: 100 }, { value: 3, tolerance: 0.5, weight: 50 }, { min: 3, max: 4, weight: 10, feedback: 'Roughly.' }],
      });
    });

    it('matching with a distractor, whose prompt may be empty or absent', () => {
      const input = { ...base, type: 'matching', pairs: [{ prompt: 'Dog', answer: 'mammal' }, { prompt: 'Gecko', answer: 'reptile' }, { prompt: '', answer: 'insect' }, { answer: 'bird' }] };
      expect(validateQuestion(input).question).toEqual({
        ...base,
        type: 'matching',
        format: 'moodle',
        pairs: [{ prompt: 'Dog', answer: 'mammal' }, { prompt: 'Gecko', answer: 'reptile' }, { prompt: '', answer: 'insect' }, { prompt: '', answer: 'bird' }],
      });
    });

    it('essay with grader information', () => {
      const input = { ...base, type: 'essay', graderInfo: 'Three points.' };
      expect(validateQuestion(input).question).toEqual({ ...input, format: 'moodle' });
    });

    it('drops keys whose value is undefined, as a parser may leave them', () => {
      const result = validateQuestion(single({ title: undefined, points: undefined }));
      expect(result.question).not.toHaveProperty('title');
      expect(result.question).not.toHaveProperty('points');
    });

    it('returns a copy, not the input', () => {
      const input = single();
      const result = validateQuestion(input);
      expect(result.question).not.toBe(input);
      if (result.question?.type === 'single_choice') expect(result.question.options[0]).not.toBe(input.options[0]);
    });
  });

  describe('common fields', () => {
    it('refuses what is not an object', () => {
      for (const input of [null, 'question', 42, [single()]]) expect(problemsOf(input)).toEqual(['a question must be a JSON object']);
    });

    it('needs a known type', () => {
      expect(problemsOf({ ...single(), type: undefined })).toEqual(['type is required: one of single_choice, multiple_choice, true_false, short_answer, numeric, matching, essay']);
      expect(problemsOf(single({ type: 'cloze' }))).toEqual(['type must be one of single_choice, multiple_choice, true_false, short_answer, numeric, matching, essay']);
    });

    it('still checks the common fields when the type is wrong', () => {
      expect(problemsOf({ type: 'cloze', prompt: '' })).toEqual(['type must be one of single_choice, multiple_choice, true_false, short_answer, numeric, matching, essay', 'prompt must not be empty']);
    });

    it('needs a non-empty prompt of at most 20,000 characters', () => {
      expect(problemsOf({ ...single(), prompt: undefined })).toEqual(['prompt is required']);
      expect(problemsOf(single({ prompt: 7 }))).toEqual(['prompt must be a string']);
      expect(problemsOf(single({ prompt: ' \n ' }))).toEqual(['prompt must not be empty']);
      expect(problemsOf(single({ prompt: 'x'.repeat(20_001) }))).toEqual(['prompt must be at most 20,000 characters long']);
      expect(problemsOf(single({ prompt: 'ກ'.repeat(20_000) }))).toEqual([]);
    });

    it('needs a known format', () => {
      expect(problemsOf(single({ format: 'rtf' }))).toEqual(['format must be one of moodle, html, markdown, plain']);
    });

    it('needs optional texts to be strings within their limits', () => {
      expect(problemsOf(single({ title: 5 }))).toEqual(['title must be a string']);
      expect(problemsOf(single({ title: null }))).toEqual(['title must be a string']);
      expect(problemsOf(single({ title: 'x'.repeat(256) }))).toEqual(['title must be at most 255 characters long']);
      expect(problemsOf(single({ category: 'x'.repeat(256) }))).toEqual(['category must be at most 255 characters long']);
      expect(problemsOf(single({ generalFeedback: 'x'.repeat(5001) }))).toEqual(['generalFeedback must be at most 5,000 characters long']);
      expect(problemsOf(single({ title: '😀'.repeat(255) }))).toEqual([]);
    });

    it('needs points greater than 0 and at most 1000', () => {
      for (const points of [0, -1, 1000.5, '2', Number.NaN, Infinity]) expect(problemsOf(single({ points }))).toEqual(['points must be a number greater than 0 and at most 1,000']);
      expect(problemsOf(single({ points: 0.5 }))).toEqual([]);
      expect(problemsOf(single({ points: 1000 }))).toEqual([]);
    });

    it('needs blankAt to be a whole number within the prompt', () => {
      const length = base.prompt.length;
      expect(problemsOf(single({ blankAt: 0 }))).toEqual([]);
      expect(problemsOf(single({ blankAt: length }))).toEqual([]);
      for (const blankAt of [-1, length + 1, 1.5, '3']) expect(problemsOf(single({ blankAt }))).toEqual([`blankAt must be a whole number from 0 to ${length}, the length of the prompt`]);
    });

    it('names every unknown field', () => {
      expect(problemsOf(single({ id: 'x', answers: [] }))).toEqual(['id is not a field of a single_choice question', 'answers is not a field of a single_choice question']);
      expect(problemsOf(single({ caseSensitive: true }))).toEqual(['caseSensitive is not a field of a single_choice question']);
    });

    it('reports all problems at once', () => {
      expect(problemsOf({ type: 'true_false', prompt: '', format: 'doc', correct: 'yes', extra: 1 })).toEqual([
        'extra is not a field of a true_false question',
        'prompt must not be empty',
        'format must be one of moodle, html, markdown, plain',
        'correct must be true or false',
      ]);
    });
  });

  describe('choice options', () => {
    it('needs an array of at least 2 options, each an object', () => {
      expect(problemsOf({ ...single(), options: undefined })).toEqual(['options is required']);
      expect(problemsOf(single({ options: 'a,b' }))).toEqual(['options must be an array']);
      expect(problemsOf(single({ options: [{ text: 'a', weight: 100 }] }))).toEqual(['options must have at least 2 options']);
      expect(problemsOf(single({ options: [{ text: 'a', weight: 100 }, 'b'] }))).toEqual(['options[1] must be an object']);
      expect(problemsOf(single({ options: Array.from({ length: 101 }, () => ({ text: 'a', weight: 100 })) }))).toEqual(['options must have at most 100 options']);
    });

    it('needs a non-empty text and a weight between -100 and 100 on each option', () => {
      const options = [{ text: 'a', weight: 100 }, { text: '', weight: 0 }, { text: 'c', weight: 150 }, { weight: -101 }, { text: 'e', weight: '50' }, { text: 'f' }];
      expect(problemsOf(single({ options }))).toEqual([
        'options[1].text must not be empty',
        'options[2].weight must be between -100 and 100',
        'options[3].text is required',
        'options[3].weight must be between -100 and 100',
        'options[4].weight must be a finite number',
        'options[5].weight is required',
      ]);
    });

    it('names unknown fields of an option and checks its feedback', () => {
      const options = [{ text: 'a', weight: 100, correct: true }, { text: 'b', weight: 0, feedback: 3 }];
      expect(problemsOf(single({ options }))).toEqual(['options[0].correct is not a field of an option', 'options[1].feedback must be a string']);
    });

    it('needs a single choice to have an option worth 100%', () => {
      expect(problemsOf(single({ options: [{ text: 'a', weight: 99.99 }, { text: 'b', weight: 50 }] }))).toEqual(['options must have at least one option worth 100%']);
    });

    it('reports a full-marks option with a bad text once, for its text', () => {
      expect(problemsOf(single({ options: [{ text: '', weight: 100 }, { text: 'b', weight: 0 }] }))).toEqual(['options[0].text must not be empty']);
    });

    it("needs a multiple choice's positive weights to add up to 100, within 0.01", () => {
      const multiple = (weights: number[]) => ({ ...base, type: 'multiple_choice', options: weights.map((weight, i) => ({ text: `o${i}`, weight })) });
      expect(problemsOf(multiple([50, 50, -100]))).toEqual([]);
      expect(problemsOf(multiple([50, 49.99]))).toEqual([]);
      expect(problemsOf(multiple([50, 50.01]))).toEqual([]);
      expect(problemsOf(multiple([50, 40, -10]))).toEqual(['the positive weights of options must add up to 100, so that choosing every right option earns full marks; they add up to 90']);
      expect(problemsOf(multiple([100, 50]))).toEqual(['the positive weights of options must add up to 100, so that choosing every right option earns full marks; they add up to 150']);
      expect(problemsOf(multiple([0, -100]))).toEqual(['the positive weights of options must add up to 100, so that choosing every right option earns full marks; they add up to 0']);
      // A bad weight is reported for itself, not again in the sum.
      expect(problemsOf(multiple([50, 500]))).toEqual(['options[1].weight must be between -100 and 100']);
    });
  });

  describe('true/false', () => {
    it('needs a boolean correct', () => {
      expect(problemsOf({ ...base, type: 'true_false' })).toEqual(['correct is required and must be true or false']);
      expect(problemsOf({ ...base, type: 'true_false', correct: 'true' })).toEqual(['correct must be true or false']);
      expect(problemsOf({ ...base, type: 'true_false', correct: true, trueFeedback: 'x'.repeat(5001) })).toEqual(['trueFeedback must be at most 5,000 characters long']);
    });
  });

  describe('short answer', () => {
    const short = (answers: unknown, extra: Record<string, unknown> = {}) => ({ ...base, type: 'short_answer', answers, ...extra });

    it('needs at least one answer, each with a visible text, and one worth 100%', () => {
      expect(problemsOf(short([]))).toEqual(['answers must have at least 1 answer']);
      expect(problemsOf(short([{ text: '  ', weight: 100 }]))).toEqual(['answers[0].text must not be empty']);
      expect(problemsOf(short([{ text: '\u200B', weight: 100 }]))).toEqual(['answers[0].text must have a visible character']);
      expect(problemsOf(short([{ text: 'a', weight: 50 }]))).toEqual(['answers must have at least one answer worth 100%']);
      expect(problemsOf(short([{ text: 'x'.repeat(1001), weight: 100 }]))).toEqual(['answers[0].text must be at most 1,000 characters long']);
      expect(problemsOf(short([{ text: 'a', weight: 100, tolerance: 1 }]))).toEqual(['answers[0].tolerance is not a field of a short answer']);
    });

    it('needs caseSensitive to be a boolean', () => {
      expect(problemsOf(short([{ text: 'a', weight: 100 }], { caseSensitive: 'yes' }))).toEqual(['caseSensitive must be true or false']);
    });
  });

  describe('numeric', () => {
    const numeric = (answers: unknown) => ({ ...base, type: 'numeric', answers });

    it('needs at least one answer and one worth 100%', () => {
      expect(problemsOf(numeric([]))).toEqual(['answers must have at least 1 answer']);
      expect(problemsOf(numeric([{ value: 1, tolerance: 0, weight: 50 }]))).toEqual(['answers must have at least one answer worth 100%']);
    });

    it('needs either value and tolerance ≥ 0, or min ≤ max, all finite', () => {
      expect(problemsOf(numeric([{ weight: 100 }]))).toEqual(['answers[0] must have either value and tolerance or min and max']);
      expect(problemsOf(numeric([{ value: 1, min: 0, max: 2, weight: 100 }]))).toEqual(['answers[0] must have either value and tolerance or min and max, not both']);
      expect(problemsOf(numeric([{ value: 1, tolerance: -0.1, weight: 100 }]))).toEqual(['answers[0].tolerance must be 0 or more']);
      expect(problemsOf(numeric([{ tolerance: 1, weight: 100 }]))).toEqual(['answers[0].value is required']);
      expect(problemsOf(numeric([{ value: '3', weight: 100 }]))).toEqual(['answers[0].value must be a finite number']);
      expect(problemsOf(numeric([{ value: Infinity, weight: 100 }]))).toEqual(['answers[0].value must be a finite number']);
      expect(problemsOf(numeric([{ min: 2, max: 1, weight: 100 }]))).toEqual(['answers[0].min must not be greater than answers[0].max']);
      expect(problemsOf(numeric([{ min: 1, weight: 100 }]))).toEqual(['answers[0].max is required']);
      expect(problemsOf(numeric([{ min: 1, max: 1, weight: 100 }]))).toEqual([]);
    });

    it('names unknown fields of an answer', () => {
      expect(problemsOf(numeric([{ value: 1, tolerance: 0, weight: 100, text: '1' }]))).toEqual(['answers[0].text is not a field of a numeric answer']);
    });
  });

  describe('matching', () => {
    const matching = (pairs: unknown) => ({ ...base, type: 'matching', pairs });

    it('needs at least 2 pairs with a prompt, and an answer on every pair', () => {
      expect(problemsOf(matching([{ prompt: 'A', answer: 'x' }]))).toEqual(['pairs must have at least 2 pairs']);
      expect(problemsOf(matching([{ prompt: 'A', answer: 'x' }, { prompt: '', answer: 'y' }]))).toEqual(['pairs must have at least 2 pairs with a prompt; a pair with an empty prompt is only a distractor']);
      expect(problemsOf(matching([{ prompt: 'A', answer: 'x' }, { prompt: 'B', answer: ' ' }]))).toEqual(['pairs[1].answer must not be empty']);
      expect(problemsOf(matching([{ prompt: 'A', answer: 'x' }, { prompt: 'B' }]))).toEqual(['pairs[1].answer is required']);
      expect(problemsOf(matching([{ prompt: 'A', answer: 'x' }, { prompt: 2, answer: 'y' }]))).toEqual([
        'pairs[1].prompt must be a string',
        'pairs must have at least 2 pairs with a prompt; a pair with an empty prompt is only a distractor',
      ]);
      expect(problemsOf(matching([{ prompt: 'A', answer: 'x' }, { prompt: 'B', answer: 'y', weight: 1 }]))).toEqual(['pairs[1].weight is not a field of a matching pair']);
    });
  });

  describe('essay', () => {
    it('has no answers, and says why', () => {
      expect(problemsOf({ ...base, type: 'essay', answers: [{ text: 'x', weight: 100 }] })).toEqual([
        'answers is not a field of an essay question: a person grades essays, so they have no answers',
      ]);
      expect(problemsOf({ ...base, type: 'essay', graderInfo: 7 })).toEqual(['graderInfo must be a string']);
    });
  });
});

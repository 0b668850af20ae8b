import type { NumericAnswer, QuestionInput, QuestionType, TextFormat } from '@lms/contracts';
import type { MessageKey, Vars } from '../../../lib/i18n';

/**
 * A question as its form holds it: every number as typed, every list editable. `readDraft` checks
 * it as the server would (libs/server/assessments, validateQuestion) and names each problem by the
 * same field path the server uses (`options[1].weight`), so the server's own refusals land on the
 * same fields.
 */
export interface PartDraft {
  text: string;
  weight: string;
  feedback: string;
}

export interface NumericDraft {
  mode: 'exact' | 'range';
  value: string;
  tolerance: string;
  min: string;
  max: string;
  weight: string;
  feedback: string;
}

export interface PairDraft {
  prompt: string;
  answer: string;
}

export interface QuestionDraft {
  type: QuestionType;
  title: string;
  prompt: string;
  format: TextFormat;
  category: string;
  generalFeedback: string;
  points: string;
  blankAt?: number;
  /** Single and multiple choice. */
  options: PartDraft[];
  correct: boolean;
  trueFeedback: string;
  falseFeedback: string;
  /** Short answer. */
  answers: PartDraft[];
  caseSensitive: boolean;
  numeric: NumericDraft[];
  pairs: PairDraft[];
  graderInfo: string;
}

export interface Problem {
  key: MessageKey;
  vars?: Vars;
}
export type Problems = Record<string, Problem>;

export const LIMITS = { prompt: 20_000, title: 255, category: 255, feedback: 5_000, graderInfo: 20_000, partText: 5_000, shortAnswerText: 1_000, maxPoints: 1_000, maxParts: 100 } as const;

export const emptyPart = (weight = '0'): PartDraft => ({ text: '', weight, feedback: '' });
export const emptyNumeric = (weight = '0'): NumericDraft => ({ mode: 'exact', value: '', tolerance: '0', min: '', max: '', weight, feedback: '' });
export const emptyPair = (): PairDraft => ({ prompt: '', answer: '' });

export function emptyDraft(type: QuestionType): QuestionDraft {
  return {
    type,
    title: '',
    prompt: '',
    format: 'moodle',
    category: '',
    generalFeedback: '',
    points: '1',
    options: type === 'multiple_choice' ? [emptyPart('50'), emptyPart('50'), emptyPart()] : [emptyPart('100'), emptyPart()],
    correct: true,
    trueFeedback: '',
    falseFeedback: '',
    answers: [emptyPart('100')],
    caseSensitive: false,
    numeric: [emptyNumeric('100')],
    pairs: [emptyPair(), emptyPair(), emptyPair()],
    graderInfo: '',
  };
}

const str = (n: number) => String(n);
const part = (p: { text: string; weight: number; feedback?: string }): PartDraft => ({ text: p.text, weight: str(p.weight), feedback: p.feedback ?? '' });
const numericPart = (a: NumericAnswer): NumericDraft =>
  'min' in a
    ? { ...emptyNumeric(str(a.weight)), mode: 'range', min: str(a.min), max: str(a.max), feedback: a.feedback ?? '' }
    : { ...emptyNumeric(str(a.weight)), value: str(a.value), tolerance: str(a.tolerance), feedback: a.feedback ?? '' };

/** The form for a stored question: its own fields filled in, the other types' left at their defaults. */
export function draftOf(q: QuestionInput): QuestionDraft {
  const draft: QuestionDraft = {
    ...emptyDraft(q.type),
    title: q.title ?? '',
    prompt: q.prompt,
    format: q.format,
    category: q.category ?? '',
    generalFeedback: q.generalFeedback ?? '',
    points: str(q.points ?? 1),
    blankAt: q.blankAt,
  };
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...draft, options: q.options.map(part) };
    case 'true_false':
      return { ...draft, correct: q.correct, trueFeedback: q.trueFeedback ?? '', falseFeedback: q.falseFeedback ?? '' };
    case 'short_answer':
      return { ...draft, answers: q.answers.map(part), caseSensitive: q.caseSensitive ?? false };
    case 'numeric':
      return { ...draft, numeric: q.answers.map(numericPart) };
    case 'matching':
      return { ...draft, pairs: q.pairs.map((p) => ({ ...p })) };
    case 'essay':
      return { ...draft, graderInfo: q.graderInfo ?? '' };
  }
}

/** A number as an author types it: a point or a comma before the decimals, no grouping. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

const length = (text: string) => [...text].length;

/** Reads fields into a question, collecting every problem by its path. */
class Checker {
  readonly problems: Problems = {};

  add(path: string, key: MessageKey, vars?: Vars): undefined {
    this.problems[path] ??= { key, vars };
    return undefined;
  }

  text(path: string, value: string, limit: number, required = false): string | undefined {
    if (required && !value.trim()) return this.add(path, 'staff.form.required');
    if (length(value) > limit) return this.add(path, 'staff.form.tooLong', { max: limit });
    return value;
  }

  optional(path: string, value: string, limit: number): string | undefined {
    return value.trim() ? this.text(path, value, limit) : undefined;
  }

  number(path: string, value: string): number | undefined {
    const n = readNumber(value);
    return n === undefined ? this.add(path, 'staff.questions.problem.number') : n;
  }

  weight(path: string, value: string): number | undefined {
    const n = this.number(path, value);
    if (n === undefined) return undefined;
    return n < -100 || n > 100 ? this.add(path, 'staff.questions.problem.weight') : n;
  }

  count(path: string, list: unknown[], minimum: number): void {
    if (list.length < minimum) this.add(path, 'staff.questions.problem.atLeast', { count: minimum });
    if (list.length > LIMITS.maxParts) this.add(path, 'staff.questions.problem.atMost', { count: LIMITS.maxParts });
  }

  fullMarks(path: string, weights: (number | undefined)[]): void {
    if (weights.length && !weights.some((w) => w === 100)) this.add(path, 'staff.questions.problem.fullMarks');
  }
}

const withOptional = <T extends object>(base: T, optional: Record<string, unknown>): T => {
  const copy = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) copy[key] = value;
  return copy as T;
};

function readParts(c: Checker, field: 'options' | 'answers', parts: PartDraft[], textLimit: number) {
  c.count(field, parts, field === 'options' ? 2 : 1);
  const read = parts.map((p, i) => {
    const text = c.text(`${field}[${i}].text`, p.text, textLimit, true);
    const weight = c.weight(`${field}[${i}].weight`, p.weight);
    const feedback = c.optional(`${field}[${i}].feedback`, p.feedback, LIMITS.feedback);
    return withOptional({ text: text ?? '', weight: weight ?? 0 }, { feedback });
  });
  return { read, weights: parts.map((p) => readNumber(p.weight)) };
}

function readNumeric(c: Checker, parts: NumericDraft[]): NumericAnswer[] {
  c.count('answers', parts, 1);
  return parts.map((p, i) => {
    const path = `answers[${i}]`;
    const weight = c.weight(`${path}.weight`, p.weight) ?? 0;
    const feedback = c.optional(`${path}.feedback`, p.feedback, LIMITS.feedback);
    if (p.mode === 'exact') {
      const value = c.number(`${path}.value`, p.value) ?? 0;
      const tolerance = p.tolerance.trim() ? c.number(`${path}.tolerance`, p.tolerance) : 0;
      if (tolerance !== undefined && tolerance < 0) c.add(`${path}.tolerance`, 'staff.questions.problem.notNegative');
      return withOptional<NumericAnswer>({ value, tolerance: tolerance ?? 0, weight }, { feedback });
    }
    const min = c.number(`${path}.min`, p.min);
    const max = c.number(`${path}.max`, p.max);
    if (min !== undefined && max !== undefined && min > max) c.add(`${path}.max`, 'staff.questions.problem.range');
    return withOptional<NumericAnswer>({ min: min ?? 0, max: max ?? 0, weight }, { feedback });
  });
}

/**
 * The question for the server, and every problem the server would also find. With problems, the
 * question still stands (stand-ins for what could not be read), for the preview; it is not sent.
 */
export function readDraft(d: QuestionDraft): { question: QuestionInput; problems: Problems } {
  const c = new Checker();
  const prompt = c.text('prompt', d.prompt, LIMITS.prompt, true) ?? '';
  let points: number | undefined;
  if (d.points.trim()) {
    points = readNumber(d.points);
    if (points === undefined || points <= 0 || points > LIMITS.maxPoints) points = c.add('points', 'staff.questions.problem.points', { max: LIMITS.maxPoints });
  }
  const blankAt = d.blankAt !== undefined && d.blankAt <= d.prompt.length ? d.blankAt : undefined;
  if (d.blankAt !== undefined && blankAt === undefined) c.add('prompt', 'staff.questions.problem.blank');
  const common = withOptional(
    { prompt, format: d.format },
    {
      title: c.optional('title', d.title, LIMITS.title),
      category: c.optional('category', d.category, LIMITS.category),
      generalFeedback: c.optional('generalFeedback', d.generalFeedback, LIMITS.feedback),
      points,
      blankAt,
    },
  );
  const question = readTypeFields(c, d, common);
  return { question, problems: c.problems };
}

type Common = Omit<Extract<QuestionInput, { type: 'essay' }>, 'type' | 'graderInfo'>;

function readTypeFields(c: Checker, d: QuestionDraft, common: Common): QuestionInput {
  switch (d.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const { read, weights } = readParts(c, 'options', d.options, LIMITS.partText);
      if (d.type === 'single_choice') c.fullMarks('options', weights);
      else if (weights.every((w) => w !== undefined) && Math.abs(weights.reduce<number>((sum, w) => sum + Math.max(0, w ?? 0), 0) - 100) > 0.01) c.add('options', 'staff.questions.problem.weightSum');
      return { ...common, type: d.type, options: read };
    }
    case 'true_false':
      return withOptional({ ...common, type: d.type, correct: d.correct }, {
        trueFeedback: c.optional('trueFeedback', d.trueFeedback, LIMITS.feedback),
        falseFeedback: c.optional('falseFeedback', d.falseFeedback, LIMITS.feedback),
      });
    case 'short_answer': {
      const { read, weights } = readParts(c, 'answers', d.answers, LIMITS.shortAnswerText);
      c.fullMarks('answers', weights);
      return withOptional({ ...common, type: d.type, answers: read }, { caseSensitive: d.caseSensitive || undefined });
    }
    case 'numeric': {
      const answers = readNumeric(c, d.numeric);
      c.fullMarks('answers', d.numeric.map((p) => readNumber(p.weight)));
      return { ...common, type: d.type, answers };
    }
    case 'matching': {
      c.count('pairs', d.pairs, 2);
      d.pairs.forEach((p, i) => {
        c.text(`pairs[${i}].prompt`, p.prompt, LIMITS.partText);
        c.text(`pairs[${i}].answer`, p.answer, LIMITS.partText, true);
      });
      if (d.pairs.length >= 2 && d.pairs.filter((p) => p.prompt.trim()).length < 2) c.add('pairs', 'staff.questions.problem.pairs');
      return { ...common, type: d.type, pairs: d.pairs.map((p) => ({ prompt: p.prompt, answer: p.answer })) };
    }
    case 'essay':
      return withOptional({ ...common, type: d.type }, { graderInfo: c.optional('graderInfo', d.graderInfo, LIMITS.graderInfo) });
  }
}

/** The parts of a question that decide a score (as the server compares them): a change regrades attempts already graded. */
export function answerKey(q: QuestionInput): string {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return JSON.stringify([q.type, q.points ?? 1, q.options.map((o) => o.weight)]);
    case 'true_false':
      return JSON.stringify([q.type, q.points ?? 1, q.correct]);
    case 'short_answer':
      return JSON.stringify([q.type, q.points ?? 1, q.caseSensitive ?? false, q.answers.map((a) => [a.text, a.weight])]);
    case 'numeric':
      return JSON.stringify([q.type, q.points ?? 1, q.answers.map((a) => ('min' in a ? [a.min, a.max, a.weight] : [a.value, a.tolerance, a.weight]))]);
    case 'matching':
      return JSON.stringify([q.type, q.points ?? 1, q.pairs.map((p) => [p.prompt, p.answer])]);
    case 'essay':
      return JSON.stringify([q.type, q.points ?? 1]);
  }
}

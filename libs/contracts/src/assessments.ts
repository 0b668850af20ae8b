import type { Locale } from './roles';

/**
 * Question banks, quizzes and attempts (CONTRACT.md, "Quizzes and attempts").
 *
 * A question is authored, imported (GIFT, Moodle XML) and stored in one JSON shape, QuestionInput.
 * Weights are percentages as Moodle writes them (100 = full marks, negative allowed). Options,
 * matching prompts and matching choices get their ids from their position in the stored version
 * (optionId, promptId, choiceId), so a stored version never changes and needs no id bookkeeping.
 * What a learner sees is AttemptQuestion, built by one mapper that copies only the safe fields.
 */
export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'essay'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** How prompt, option and feedback text is written: Moodle's auto-format, HTML, Markdown or plain text. */
export const TEXT_FORMATS = ['moodle', 'html', 'markdown', 'plain'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export interface QuestionCommon {
  /** GIFT `::title::`, Moodle XML `<name>`; optional. */
  title?: string;
  /** The question text, in `format`. */
  prompt: string;
  format: TextFormat;
  /** GIFT `$CATEGORY:` / Moodle XML category, as a path `top/Module 1`; used by random selection. */
  category?: string;
  /** Shown to every learner after grading, whatever they answered (GIFT `####`). */
  generalFeedback?: string;
  /** The question's marks in a quiz; 1 unless set. */
  points?: number;
  /**
   * Missing-word questions (GIFT `text {answers} more text`): the character offset in `prompt`
   * where the blank stands. Absent for ordinary questions.
   */
  blankAt?: number;
}

export interface WeightedAnswer {
  /** Percent of the question's marks, −100 to 100. */
  weight: number;
  feedback?: string;
}

export interface ChoiceOption extends WeightedAnswer {
  text: string;
}

export interface SingleChoiceQuestion extends QuestionCommon {
  type: 'single_choice';
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionCommon {
  type: 'multiple_choice';
  /** The score is the sum of the chosen options' weights, kept between 0 and 100%. */
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionCommon {
  type: 'true_false';
  correct: boolean;
  /** Shown to a learner who answered true / false. */
  trueFeedback?: string;
  falseFeedback?: string;
}

export interface ShortAnswer extends WeightedAnswer {
  /** `*` matches any run of characters, as in Moodle. */
  text: string;
}

export interface ShortAnswerQuestion extends QuestionCommon {
  type: 'short_answer';
  answers: ShortAnswer[];
  /** Whitespace is always trimmed and runs of it folded to one space; case is ignored unless this is set. */
  caseSensitive?: boolean;
}

export type NumericAnswer = WeightedAnswer & ({ value: number; tolerance: number } | { min: number; max: number });

export interface NumericQuestion extends QuestionCommon {
  type: 'numeric';
  answers: NumericAnswer[];
}

export interface MatchingPair {
  /** The left-hand item; an empty prompt makes `answer` a distractor (Moodle XML allows it). */
  prompt: string;
  answer: string;
}

export interface MatchingQuestion extends QuestionCommon {
  type: 'matching';
  pairs: MatchingPair[];
}

export interface EssayQuestion extends QuestionCommon {
  type: 'essay';
  /** Guidance for the grader, never shown to learners. */
  graderInfo?: string;
}

/** One question as authored or imported: the body of POST /question-banks/:id/questions. */
export type QuestionInput =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortAnswerQuestion
  | NumericQuestion
  | MatchingQuestion
  | EssayQuestion;

/** Ids that a stored version's parts take from their position. */
export const optionId = (index: number) => `o${index + 1}`;
export const promptId = (index: number) => `p${index + 1}`;
export const choiceId = (index: number) => `c${index + 1}`;

/** A learner's answer, by question type (CONTRACT.md). */
export type AnswerValue = string | string[] | boolean | number | Record<string, string>;

// ---------------------------------------------------------------- views

export interface QuestionBankView {
  id: string;
  title: string;
  /** Null for an institute bank, which every course may draw from. */
  courseId: string | null;
  /** Who made the bank; only they (and admins) change the questions of an institute bank. */
  createdBy: string | null;
  questionCount: number;
  createdAt: string;
}

/** A stored question for its authors: the current version, with everything. */
export type QuestionView = QuestionInput & {
  id: string;
  bankId: string;
  version: number;
  updatedAt: string;
};

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  imported: number;
  errors: ImportProblem[];
}

export const SELECTION_MODES = ['all', 'random'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

export interface QuizSelection {
  mode: SelectionMode;
  /** random: how many questions to draw. */
  count?: number;
  /** random: draw only from this category (and its subcategories). */
  category?: string;
}

export const SCORE_POLICIES = ['highest', 'last'] as const;
export type ScorePolicy = (typeof SCORE_POLICIES)[number];

/** When a graded attempt shows its feedback and the right answers. */
export const FEEDBACK_POLICIES = ['after_grading', 'after_last_attempt', 'never'] as const;
export type FeedbackPolicy = (typeof FEEDBACK_POLICIES)[number];

export interface QuizSettings {
  questionBankId: string;
  selection: QuizSelection;
  passPercent: number;
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  /** Shuffle the order of the questions (and, with shuffleOptions, of their options). */
  shuffle: boolean;
  shuffleOptions: boolean;
  scorePolicy: ScorePolicy;
  feedback: FeedbackPolicy;
  /** A final exam: every item of the other modules must be done before an attempt starts. */
  requiresOtherModules: boolean;
}

export interface QuizView extends QuizSettings {
  id: string;
  courseId: string;
  moduleId: string;
  title: string;
  position: number;
}

/** What a learner learns about a quiz before starting. */
export interface QuizLearnerView extends QuizView {
  /** The course's language, in which the quiz is written (the page marks its title with it). */
  locale: Locale;
  questionCount: number;
  attemptsUsed: number;
  /** The score that counts, in percent, once an attempt is graded. */
  bestPercent: number | null;
  passed: boolean;
  attempts: AttemptSummary[];
}

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'graded', 'needs_review'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** A question as a learner sees it in an attempt: never a weight, a key or feedback. */
export interface AttemptQuestion {
  id: string;
  type: QuestionType;
  /** Sanitised HTML. */
  prompt: string;
  points: number;
  blankAt?: number;
  options?: { id: string; text: string }[];
  prompts?: { id: string; text: string }[];
}

/** Once graded, and as the quiz's feedback policy allows. */
export interface QuestionResult {
  score: number | null;
  maxScore: number;
  /** True, false, or null while an essay waits for its grader. */
  correct: boolean | null;
  feedback: string[];
  /** What would have scored full marks, in the answer shape of the type. */
  rightAnswer?: AnswerValue;
  comment?: string;
}

export interface AttemptQuestionView extends AttemptQuestion {
  answer: AnswerValue | null;
  result?: QuestionResult;
}

export interface AttemptSummary {
  id: string;
  quizId: string;
  status: AttemptStatus;
  startedAt: string;
  expiresAt: string | null;
  submittedAt: string | null;
  score: number | null;
  maxScore: number;
  passed: boolean | null;
}

export interface AttemptView extends AttemptSummary {
  questions: AttemptQuestionView[];
}

export interface SaveResponsesResult {
  id: string;
  saved: number;
  savedAt: string;
  expiresAt: string | null;
}

export interface PendingGrading {
  attemptId: string;
  questionId: string;
  quizId: string;
  quizTitle: string;
  courseId: string;
  courseTitle: string;
  learnerName: string;
  prompt: string;
  graderInfo?: string;
  answer: string;
  maxScore: number;
  submittedAt: string;
}

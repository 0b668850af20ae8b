import type { QuizSelection, QuizSettings } from '@lms/contracts';
import { AssessmentsErrorCode, AssessmentsException } from '../assessments.exception';
import { canonicalCategory } from '../banks/import-questions';

type SettingsInput = Partial<Omit<QuizSettings, 'selection'>> & { selection?: QuizSelection; questionBankId?: string; passPercent?: number };

/** Settings a new quiz gets for what its author left out; a package's quizzes take them all. */
export function quizSettings(input: SettingsInput & { questionBankId: string; selection: QuizSelection; passPercent: number }, base?: QuizSettings): QuizSettings {
  const merged: QuizSettings = {
    questionBankId: input.questionBankId,
    selection: normaliseSelection(input.selection),
    passPercent: input.passPercent,
    timeLimitMinutes: pick(input.timeLimitMinutes, base?.timeLimitMinutes, null),
    maxAttempts: pick(input.maxAttempts, base?.maxAttempts, null),
    shuffle: pick(input.shuffle, base?.shuffle, false),
    shuffleOptions: pick(input.shuffleOptions, base?.shuffleOptions, input.shuffle ?? base?.shuffle ?? false),
    scorePolicy: pick(input.scorePolicy, base?.scorePolicy, 'highest'),
    feedback: pick(input.feedback, base?.feedback, 'after_grading'),
    requiresOtherModules: pick(input.requiresOtherModules, base?.requiresOtherModules, false),
  };
  return merged;
}

export function updatedSettings(base: QuizSettings, input: SettingsInput): QuizSettings {
  return quizSettings({ ...input, questionBankId: input.questionBankId ?? base.questionBankId, selection: input.selection ?? base.selection, passPercent: input.passPercent ?? base.passPercent }, base);
}

function pick<T>(value: T | undefined, base: T | undefined, fallback: T): T {
  return value !== undefined ? value : base !== undefined ? base : fallback;
}

function normaliseSelection(input: QuizSelection): QuizSelection {
  const selection = { ...input, category: canonicalCategory(input.category) };
  if (selection.mode === 'all') {
    if (selection.count !== undefined) throw new AssessmentsException(AssessmentsErrorCode.QuizInvalid, 'selection.count is only for mode "random"');
    return { mode: 'all', ...(selection.category ? { category: selection.category } : {}) };
  }
  if (!selection.count) throw new AssessmentsException(AssessmentsErrorCode.QuizInvalid, 'selection.count is required for mode "random"');
  return { mode: 'random', count: selection.count, ...(selection.category ? { category: selection.category } : {}) };
}

/** What a package's quiz gets: every question of its file, 70% to pass, feedback after grading. */
export const packageQuizSettings = (questionBankId: string): QuizSettings => quizSettings({ questionBankId, selection: { mode: 'all' }, passPercent: 70 });

import { AssessmentsException } from '../assessments.exception';
import { packageQuizSettings, quizSettings, updatedSettings } from './quiz-settings';

describe('quiz settings', () => {
  it('fills what the author left out with the defaults, options shuffling with the questions', () => {
    expect(quizSettings({ questionBankId: 'b', selection: { mode: 'all' }, passPercent: 80, shuffle: true })).toEqual({
      questionBankId: 'b',
      selection: { mode: 'all' },
      passPercent: 80,
      timeLimitMinutes: null,
      maxAttempts: null,
      shuffle: true,
      shuffleOptions: true,
      scorePolicy: 'highest',
      feedback: 'after_grading',
      requiresOtherModules: false,
    });
    expect(packageQuizSettings('b')).toMatchObject({ selection: { mode: 'all' }, passPercent: 70, shuffle: false });
  });

  it('needs a count for a random draw and refuses one for "all"; categories are stored as imports store them', () => {
    expect(() => quizSettings({ questionBankId: 'b', selection: { mode: 'random' }, passPercent: 50 })).toThrow(AssessmentsException);
    expect(() => quizSettings({ questionBankId: 'b', selection: { mode: 'all', count: 3 }, passPercent: 50 })).toThrow(/only for mode "random"/);
    expect(quizSettings({ questionBankId: 'b', selection: { mode: 'random', count: 3, category: '$course$/top/Week 1' }, passPercent: 50 }).selection).toEqual({ mode: 'random', count: 3, category: 'Week 1' });
  });

  it('changes only what a PATCH names', () => {
    const base = quizSettings({ questionBankId: 'b', selection: { mode: 'all' }, passPercent: 60, maxAttempts: 3, timeLimitMinutes: 20 });
    expect(updatedSettings(base, { passPercent: 75 })).toEqual({ ...base, passPercent: 75 });
    expect(updatedSettings(base, { maxAttempts: null, feedback: 'never' })).toEqual({ ...base, maxAttempts: null, feedback: 'never' });
  });
});

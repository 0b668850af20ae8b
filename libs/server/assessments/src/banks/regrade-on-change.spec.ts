import type { EntityManager } from 'typeorm';
import type { QuestionInput } from '@lms/contracts';
import { regradeIfKeyChanged } from './regrade-on-change';

/** Records the outbox insert that enqueueInTransaction would make, without a database. */
function recordingManager() {
  const queries: { sql: string; params: unknown[] }[] = [];
  return { m: { query: async (sql: string, params: unknown[] = []) => (queries.push({ sql, params }), []) } as unknown as EntityManager, queries };
}

const before: QuestionInput & { id: string } = { id: 'q1', type: 'single_choice', prompt: 'p', format: 'moodle', options: [{ text: 'a', weight: 100 }, { text: 'b', weight: 0 }] };

describe('regrading after an edit', () => {
  it('queues a regrade, keyed by question and version, when the key changes', async () => {
    const { m, queries } = recordingManager();
    const after: QuestionInput = { ...before, options: [{ text: 'a', weight: 0 }, { text: 'b', weight: 100 }] };
    expect(await regradeIfKeyChanged(m, before, after, 2)).toBe(true);
    expect(queries[0].params).toEqual(['grading.regrade-question.q1.2', 'grading', 'grading.regrade-question', JSON.stringify({ questionId: 'q1', version: 2 })]);
  });

  it('does nothing for a wording or feedback change, or when old answers would no longer mean the same', async () => {
    const { m, queries } = recordingManager();
    expect(await regradeIfKeyChanged(m, before, { ...before, prompt: 'clearer', generalFeedback: 'why' }, 2)).toBe(false);
    expect(await regradeIfKeyChanged(m, before, { ...before, options: [...before.options, { text: 'c', weight: 0 }] } as QuestionInput, 3)).toBe(false);
    expect(await regradeIfKeyChanged(m, before, { type: 'true_false', prompt: 'p', format: 'moodle', correct: true }, 4)).toBe(false);
    expect(queries).toEqual([]);
  });
});

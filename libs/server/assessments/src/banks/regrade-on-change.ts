import type { EntityManager } from 'typeorm';
import type { QuestionInput } from '@lms/contracts';
import { enqueueInTransaction } from '@lms/server-core';

/** The parts of a question that decide a score; text and feedback changes need no regrade. */
function key(q: QuestionInput): unknown {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return [q.points, q.options.map((o) => o.weight)];
    case 'true_false':
      return [q.points, q.correct];
    case 'short_answer':
      return [q.points, q.caseSensitive ?? false, q.answers.map((a) => [a.text, a.weight])];
    case 'numeric':
      return [q.points, q.answers];
    case 'matching':
      return [q.points, q.pairs];
    case 'essay':
      return [q.points];
  }
}

/** Whether answers given to `before` still mean the same thing under `after` (ids are positions). */
function answersCarryOver(before: QuestionInput, after: QuestionInput): boolean {
  if (before.type !== after.type) return false;
  if ((before.type === 'single_choice' || before.type === 'multiple_choice') && after.type === before.type) return before.options.length === after.options.length;
  if (before.type === 'matching' && after.type === 'matching') return before.pairs.filter((p) => p.prompt).length === after.pairs.filter((p) => p.prompt).length;
  return before.type !== 'essay';
}

/**
 * An instructor fixing a wrong key should not leave learners with wrong scores: in the edit's own
 * transaction, queue a regrade of the attempts that were graded with an earlier version.
 */
export async function regradeIfKeyChanged(m: EntityManager, before: QuestionInput & { id: string }, after: QuestionInput, version: number): Promise<boolean> {
  if (!answersCarryOver(before, after) || JSON.stringify(key(before)) === JSON.stringify(key(after))) return false;
  await enqueueInTransaction(m, [{ name: 'grading.regrade-question', payload: { questionId: before.id, version }, jobId: `grading.regrade-question.${before.id}.${version}` }]);
  return true;
}

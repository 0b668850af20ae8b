import { choiceId, optionId, promptId, type AttemptQuestion, type MatchingQuestion, type QuestionInput } from '@lms/contracts';
import { inlineHtml, questionHtml, type MarkdownRenderer } from './question-html';

/** Matching as a learner gets it: the non-blank prompts, and every distinct answer text once, in order of first appearance. */
function matchingSides(pairs: MatchingQuestion['pairs']) {
  const answers = [...new Set(pairs.filter((p) => p.prompt.trim() || p.answer.trim()).map((p) => p.answer))];
  const prompts = pairs.filter((p) => p.prompt.trim()).map((p) => p.prompt);
  return { prompts, answers };
}

/**
 * The learner's shape of an authored question, as the server builds it for an attempt
 * (toAttemptQuestion): ids, rendered texts and points only; weights, keys and feedback are not
 * copied. Options keep the authored order (an attempt may shuffle them).
 */
export function toPreviewQuestion(id: string, q: QuestionInput, markdown?: MarkdownRenderer): AttemptQuestion {
  const base: AttemptQuestion = { id, type: q.type, prompt: questionHtml(q.prompt, q.format, markdown), points: q.points ?? 1 };
  if (q.blankAt !== undefined) base.blankAt = q.blankAt;
  const inline = (text: string) => inlineHtml(text, q.format, markdown);
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, options: q.options.map((o, i) => ({ id: optionId(i), text: inline(o.text) })) };
    case 'matching': {
      const { prompts, answers } = matchingSides(q.pairs);
      return { ...base, prompts: prompts.map((text, i) => ({ id: promptId(i), text: inline(text) })), options: answers.map((text, i) => ({ id: choiceId(i), text: inline(text) })) };
    }
    default:
      return base;
  }
}

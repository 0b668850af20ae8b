import type { AnswerValue, AttemptQuestion } from '@lms/contracts';
import { useLocale, useT } from '../../../lib/i18n';
import { isAnswered } from '../lib/answers';
import { formatNumber } from '../lib/format';

/** Server-sanitised HTML, inline. */
function Html({ html }: { html: string }) {
  return <span className="quiz-html" dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * An answer in words, as the learner saw the question: option texts rather than ids, "True" or
 * "False", matched pairs side by side. Used for the learner's answer and for the right one.
 */
export function AnswerView({ question, answer }: { question: AttemptQuestion; answer: AnswerValue | null | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  if (!isAnswered(answer)) return <span className="muted">{t('quiz.result.noAnswer')}</span>;
  const option = (id: string) => question.options?.find((o) => o.id === id);
  const optionHtml = (id: string) => {
    const found = option(id);
    return found ? <Html html={found.text} /> : <span>{id}</span>;
  };

  switch (question.type) {
    case 'single_choice':
      return typeof answer === 'string' ? optionHtml(answer) : null;
    case 'multiple_choice':
      return Array.isArray(answer) ? (
        <ul className="quiz-answer-list">
          {answer.map((id) => (
            <li key={id}>{optionHtml(id)}</li>
          ))}
        </ul>
      ) : null;
    case 'true_false':
      return <span>{t(answer === true ? 'quiz.answer.true' : 'quiz.answer.false')}</span>;
    case 'numeric':
      return <span>{typeof answer === 'number' ? formatNumber(answer, locale, 6) : String(answer)}</span>;
    case 'matching': {
      const pairs = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
      return (
        <ul className="quiz-answer-list">
          {(question.prompts ?? [])
            .filter((prompt) => prompt.id in pairs)
            .map((prompt) => (
              <li key={prompt.id}>
                <Html html={prompt.text} /> <span aria-hidden="true">→</span>
                <span className="sr-only">{t('quiz.result.matchedWith')}</span> {optionHtml(pairs[prompt.id])}
              </li>
            ))}
        </ul>
      );
    }
    default:
      return <span className="quiz-answer-text">{String(answer)}</span>;
  }
}

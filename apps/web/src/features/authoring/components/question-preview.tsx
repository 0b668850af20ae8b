import type { AnswerValue, QuestionInput } from '@lms/contracts';
import { useEffect, useMemo, useState } from 'react';
import { Loading } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useQuizWords } from '../../../staff/hooks/use-quiz-words';
// The learner's own question card, so the preview is what an attempt shows (it takes no key).
import { QuestionCard } from '../../quiz/components/question-card';
import '../../quiz/quiz.css';
import { loadMarkdown, type MarkdownRenderer } from '../lib/question-html';
import { toPreviewQuestion } from '../lib/question-preview';

const usesMarkdown = (q: QuestionInput) => q.format === 'markdown';

function useMarkdown(needed: boolean): MarkdownRenderer | undefined {
  const [renderer, setRenderer] = useState<{ render: MarkdownRenderer }>();
  useEffect(() => {
    if (!needed || renderer) return;
    let live = true;
    void loadMarkdown().then((render) => live && setRenderer({ render }));
    return () => {
      live = false;
    };
  }, [needed, renderer]);
  return renderer?.render;
}

/**
 * A question as the learner's quiz screen shows it, built here from the authored one by leaving
 * the key out (as the server does for an attempt); the author may try answering it. Nothing is sent.
 */
export function QuestionPreview({ question }: { question: QuestionInput }) {
  const t = useT();
  const ready = useQuizWords();
  const markdown = useMarkdown(usesMarkdown(question));
  const [answer, setAnswer] = useState<AnswerValue | null>(null);
  const shown = useMemo(() => toPreviewQuestion('preview', question, markdown), [question, markdown]);

  return (
    <section className="question-preview" aria-label={t('staff.questions.preview.title')} data-testid="question-preview">
      <p className="question-preview__label muted">{t('staff.questions.preview.note')}</p>
      {ready ? <QuestionCard question={shown} number={1} total={1} value={answer} onChange={setAnswer} /> : <Loading />}
    </section>
  );
}

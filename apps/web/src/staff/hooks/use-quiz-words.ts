import { useEffect, useState } from 'react';
import { hasMessage, loadArea, useLocale } from '../../lib/i18n';

/** The quiz screen's words (their own area), loaded in the staff app when a screen that shows questions the learner's way first opens. */
export function useQuizWords(): boolean {
  const { locale } = useLocale();
  const [ready, setReady] = useState(() => hasMessage('quiz.question.number'));
  useEffect(() => {
    let live = true;
    const done = () => live && setReady(true);
    void loadArea('quiz', locale).then(done, done);
    return () => {
      live = false;
    };
  }, [locale]);
  return ready;
}

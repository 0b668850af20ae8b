import { AttemptScreen } from '../../features/quiz/components/attempt-screen';
import { usePageTitle } from '../../hooks/use-page-title';

/** An attempt's result: "being graded" until the worker is done, then the score and each answer. */
export function AttemptRoute() {
  usePageTitle('quiz.result.title');
  return <AttemptScreen />;
}

import { AttemptScreen } from '../../features/quiz/components/attempt-screen';

/** An attempt's result: "being graded" until the worker is done, then the score and each answer. */
export function AttemptRoute() {
  return <AttemptScreen />;
}

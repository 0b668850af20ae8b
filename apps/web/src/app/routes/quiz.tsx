import { QuizScreen } from '../../features/quiz/components/quiz-screen';

/** A quiz: its introduction, then the attempt (one question per screen, autosaved, timed when set). */
export function QuizRoute() {
  return <QuizScreen />;
}

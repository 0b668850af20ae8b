import enCore from './en/core.json';
import enCourses from './en/courses.json';
import enLearning from './en/learning.json';
import enQuiz from './en/quiz.json';
import loCore from './lo/core.json';
import loCourses from './lo/courses.json';
import loLearning from './lo/learning.json';
import loQuiz from './lo/quiz.json';

/**
 * The message catalogues, one file per area of the app in each language (core: shell, sign-in,
 * profile, verify; learning: home, certificates, notifications; courses: catalogue, course page,
 * lessons; quiz: taking a quiz and its results). Lao is the reference: `en` must have the same keys.
 */
export const AREAS = {
  core: { lo: loCore, en: enCore },
  learning: { lo: loLearning, en: enLearning },
  courses: { lo: loCourses, en: enCourses },
  quiz: { lo: loQuiz, en: enQuiz },
};
export const lo = { ...loCore, ...loLearning, ...loCourses, ...loQuiz };
export const en: Record<keyof typeof lo, string> = { ...enCore, ...enLearning, ...enCourses, ...enQuiz };

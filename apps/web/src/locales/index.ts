import type loCoursesFile from './lo/courses.json';
import type loLearningFile from './lo/learning.json';
import type loQuizFile from './lo/quiz.json';
import enCore from './en/core.json';
import loCore from './lo/core.json';

/**
 * The message catalogues, one file per area of the app in each language: `core` (shell, sign-in,
 * profile, verify) comes with the app; each other area comes with the routes that use it (see
 * ./areas), so a phone downloads only the words of the screens it opens. Lao is the reference:
 * `en` must have the same keys, which the types below and a test check.
 */
export type AreaMessages<T> = { lo: T; en: Record<keyof T, string> };

export const core: AreaMessages<typeof loCore> = { lo: loCore, en: enCore };

/** Every key of every area: `t()` accepts any of them, whether or not its area is loaded yet. */
export type MessageKey = keyof typeof loCore | keyof typeof loLearningFile | keyof typeof loCoursesFile | keyof typeof loQuizFile;

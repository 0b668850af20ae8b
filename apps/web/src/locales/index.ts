import type { Locale } from '@lms/contracts';
import type loCoursesFile from './lo/courses.json';
import type loOfflineFile from './lo/offline.json';
import type loQuizFile from './lo/quiz.json';
import type loStaffFile from './lo/staff.json';
import type loStaffAdminFile from './lo/staff-admin.json';
import type loStaffDashboardFile from './lo/staff-dashboard.json';
import type loStaffEditorFile from './lo/staff-editor.json';
import type loStaffQuestionsFile from './lo/staff-questions.json';
import loCore from './lo/core.json';
import loLearning from './lo/learning.json';

/**
 * The message catalogues, one file per area of the app in each language. A phone downloads only
 * the words of its own language, and of the screens it opens: the Lao words of the shell and of
 * the home screen come with the app (Lao first: most learners never switch); every other file is
 * its own small chunk, loaded with the routes that use it (app/router.tsx) or when the learner
 * switches language (lib/i18n.tsx). Lao is the reference: `en` must have the same keys, which the
 * types below and a test check.
 */
export type AreaName = 'core' | 'learning' | 'courses' | 'quiz' | 'offline';

/** Every key of every area: `t()` accepts any of them, whether or not its area is loaded yet. */
export type MessageKey = keyof typeof loCore | keyof typeof loLearning | keyof typeof loCoursesFile | keyof typeof loQuizFile | keyof typeof loOfflineFile | StaffKey;
/** The staff area's words (locales/<lang>/staff*.json) come with its own code (staff/words.ts), never as an area here. */
type StaffKey = keyof typeof loStaffFile | keyof typeof loStaffAdminFile | keyof typeof loStaffDashboardFile | keyof typeof loStaffEditorFile | keyof typeof loStaffQuestionsFile;
export type Catalogue = Partial<Record<MessageKey, string>>;

type Loader = () => Promise<Catalogue>;
const fromModule = (module: { default: Catalogue }) => module.default;

/** How to get each area's words in each language. */
export const AREAS: Record<AreaName, Record<Locale, Loader>> = {
  core: { lo: async () => loCore, en: () => import('./en/core.json').then(fromModule) },
  learning: { lo: async () => loLearning, en: () => import('./en/learning.json').then(fromModule) },
  courses: { lo: () => import('./lo/courses.json').then(fromModule), en: () => import('./en/courses.json').then(fromModule) },
  quiz: { lo: () => import('./lo/quiz.json').then(fromModule), en: () => import('./en/quiz.json').then(fromModule) },
  // "Download for offline" on the course page, loaded with its panel (features/courses/components/course-screen.tsx).
  offline: { lo: () => import('./lo/offline.json').then(fromModule), en: () => import('./en/offline.json').then(fromModule) },
};

/** The words a first render can use at once, before any chunk loads. */
export const BUILT_IN: Catalogue = { ...loCore, ...loLearning };

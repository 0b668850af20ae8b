import { lazy, Suspense, type ComponentType } from 'react';
import type { AreaName } from '../locales';
import { loadArea, type Locale } from '../lib/i18n';
import { Route, Routes } from '../lib/router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { VerifyLoading } from '../features/verify/components/verify-loading';
import { AppShell } from './layout/app-shell';
import { HomeRoute } from './routes/home';
import { PageLoading } from './routes/page-loading';
import { NotFoundRoute } from './routes/not-found';
import { WithData } from './routes/with-data';
import { courseQuery, lessonQuery } from '../features/courses/api/course-queries';

/**
 * A route loaded on demand, to keep the first download small, together with the words of its
 * area in the current language (locales/index.ts). The shell wraps the signed-in ones in
 * <Suspense>; the public verify page brings its own fallback, already bilingual.
 */
function lazyRoute<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, areas: readonly (readonly [AreaName, Locale?])[]) {
  return lazy(() => Promise.all([load(), ...areas.map(([area, locale]) => loadArea(area, locale))]).then(([module]) => ({ default: module[name] })));
}

// Signed-in learners, most visits, never need the sign-in screen's code.
const LoginRoute = lazyRoute(() => import('./routes/login'), 'LoginRoute', []);
const ProfileRoute = lazyRoute(() => import('./routes/profile'), 'ProfileRoute', []);
const CatalogueRoute = lazyRoute(() => import('./routes/catalogue'), 'CatalogueRoute', [['courses']]);
const CourseRoute = lazyRoute(() => import('./routes/course'), 'CourseRoute', [['courses']]);
const LessonRoute = lazyRoute(() => import('./routes/lesson'), 'LessonRoute', [['courses']]);
// The SCORM player is its own chunk, and small: the package and its runtime run on the content origin.
const ScormRoute = lazyRoute(() => import('./routes/scorm'), 'ScormRoute', [['courses']]);
const QuizRoute = lazyRoute(() => import('./routes/quiz'), 'QuizRoute', [['quiz']]);
const AttemptRoute = lazyRoute(() => import('./routes/attempt'), 'AttemptRoute', [['quiz']]);
const CertificatesRoute = lazyRoute(() => import('./routes/certificates'), 'CertificatesRoute', []);
const NotificationsRoute = lazyRoute(() => import('./routes/notifications'), 'NotificationsRoute', []);
// The verify page speaks both languages at once, whichever the device chose.
const VerifyRoute = lazyRoute(() => import('./routes/verify'), 'VerifyRoute', [['core', 'en']]);

/** The route table, used under <BrowserRouter> by the app and under <MemoryRouter> by tests (lib/router). */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<PageLoading />}>
            <LoginRoute />
          </Suspense>
        }
      />
      {/* Public: whoever holds a certificate's QR code checks it here, with no account. */}
      <Route
        path="/verify/:code"
        element={
          <Suspense fallback={<VerifyLoading />}>
            <VerifyRoute />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRoute />} />
        <Route path="courses" element={<CatalogueRoute />} />
        <Route
          path="courses/:courseId"
          element={
            <WithData queries={({ courseId = '' }) => [courseQuery(courseId)]}>
              <CourseRoute />
            </WithData>
          }
        />
        <Route
          path="courses/:courseId/lessons/:lessonId"
          element={
            <WithData queries={({ courseId = '', lessonId = '' }) => [lessonQuery(lessonId), courseQuery(courseId)]}>
              <LessonRoute />
            </WithData>
          }
        />
        <Route path="courses/:courseId/quizzes/:quizId" element={<QuizRoute />} />
        <Route path="courses/:courseId/scorm/:itemId" element={<ScormRoute />} />
        <Route path="attempts/:attemptId" element={<AttemptRoute />} />
        <Route path="certificates" element={<CertificatesRoute />} />
        <Route path="notifications" element={<NotificationsRoute />} />
        <Route path="profile" element={<ProfileRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

import { lazy, Suspense } from 'react';
import { Route, Routes } from '../lib/router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { VerifyLoading } from '../features/verify/components/verify-loading';
import { AppShell } from './layout/app-shell';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';

// Loaded on demand, to keep the first download small. The shell wraps the signed-in ones in
// <Suspense>; the public verify page brings its own fallback, already bilingual.
const ProfileRoute = lazy(() => import('./routes/profile').then((module) => ({ default: module.ProfileRoute })));
const CatalogueRoute = lazy(() => import('./routes/catalogue').then((module) => ({ default: module.CatalogueRoute })));
const CourseRoute = lazy(() => import('./routes/course').then((module) => ({ default: module.CourseRoute })));
const LessonRoute = lazy(() => import('./routes/lesson').then((module) => ({ default: module.LessonRoute })));
const QuizRoute = lazy(() => import('./routes/quiz').then((module) => ({ default: module.QuizRoute })));
const AttemptRoute = lazy(() => import('./routes/attempt').then((module) => ({ default: module.AttemptRoute })));
const CertificatesRoute = lazy(() => import('./routes/certificates').then((module) => ({ default: module.CertificatesRoute })));
const NotificationsRoute = lazy(() => import('./routes/notifications').then((module) => ({ default: module.NotificationsRoute })));
const VerifyRoute = lazy(() => import('./routes/verify').then((module) => ({ default: module.VerifyRoute })));

/** The route table, used under <BrowserRouter> by the app and under <MemoryRouter> by tests (lib/router). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
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
        <Route path="courses/:courseId" element={<CourseRoute />} />
        <Route path="courses/:courseId/lessons/:lessonId" element={<LessonRoute />} />
        <Route path="courses/:courseId/quizzes/:quizId" element={<QuizRoute />} />
        <Route path="attempts/:attemptId" element={<AttemptRoute />} />
        <Route path="certificates" element={<CertificatesRoute />} />
        <Route path="notifications" element={<NotificationsRoute />} />
        <Route path="profile" element={<ProfileRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

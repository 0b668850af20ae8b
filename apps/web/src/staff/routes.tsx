import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Role } from '@lms/contracts';
import { RequireRole } from '../features/auth/components/require-role';
import { Route, Routes } from '../lib/router';
import { PageLoading } from '../app/routes/page-loading';
import { StaffDeadEnd } from './dead-end';
import { StaffHome } from './home';

/** Each staff screen loads on demand: an instructor never downloads the HR screens, nor the reverse. */
function staffScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const StaffCoursesRoute = staffScreen(() => import('./routes/courses'), 'StaffCoursesRoute');
const StaffCourseEditorRoute = staffScreen(() => import('./routes/course-editor'), 'StaffCourseEditorRoute');

function Guarded({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <RequireRole roles={roles} fallback={<StaffDeadEnd kind="forbidden" />}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </RequireRole>
  );
}

/** The staff area's screens, under /staff (absolute paths: the router matches the whole URL). */
export function StaffRoutes() {
  return (
    <Routes>
      <Route path="/staff" element={<StaffHome />} />
      <Route
        path="/staff/courses"
        element={
          <Guarded roles={['instructor', 'admin']}>
            <StaffCoursesRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/courses/:courseId"
        element={
          <Guarded roles={['instructor', 'admin']}>
            <StaffCourseEditorRoute />
          </Guarded>
        }
      />
      <Route path="/staff/*" element={<StaffDeadEnd kind="notFound" />} />
    </Routes>
  );
}

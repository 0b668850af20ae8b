import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { RequireRole } from '../features/auth/components/require-role';
import { Route, Routes } from '../lib/router';
import { PageLoading } from '../app/routes/page-loading';
import { StaffDeadEnd } from './dead-end';
import { StaffHome } from './home';
import { sectionRoles } from './sections';

/** Each staff screen loads on demand: an instructor never downloads the HR screens, nor the reverse. */
function staffScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const StaffCoursesRoute = staffScreen(() => import('./routes/courses'), 'StaffCoursesRoute');
const StaffCourseEditorRoute = staffScreen(() => import('./routes/course-editor'), 'StaffCourseEditorRoute');
const StaffGradingRoute = staffScreen(() => import('./routes/grading'), 'StaffGradingRoute');
const StaffAssignmentsRoute = staffScreen(() => import('./routes/assignments'), 'StaffAssignmentsRoute');
const StaffExportsRoute = staffScreen(() => import('./routes/exports'), 'StaffExportsRoute');
const StaffDashboardRoute = staffScreen(() => import('./routes/dashboard'), 'StaffDashboardRoute');
const StaffUsersRoute = staffScreen(() => import('./routes/users'), 'StaffUsersRoute');
const StaffAdminRoute = staffScreen(() => import('./routes/admin'), 'StaffAdminRoute');

/** A screen of a section (staff/sections.ts): opened only by the roles its menu entry is shown to. */
function Guarded({ section, children }: { section: string; children: ReactNode }) {
  return (
    <RequireRole roles={sectionRoles(section)} fallback={<StaffDeadEnd kind="forbidden" />}>
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
          <Guarded section="/staff/courses">
            <StaffCoursesRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/courses/:courseId"
        element={
          <Guarded section="/staff/courses">
            <StaffCourseEditorRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/grading"
        element={
          <Guarded section="/staff/grading">
            <StaffGradingRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/assignments"
        element={
          <Guarded section="/staff/assignments">
            <StaffAssignmentsRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/exports"
        element={
          <Guarded section="/staff/exports">
            <StaffExportsRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/dashboard"
        element={
          <Guarded section="/staff/dashboard">
            <StaffDashboardRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/users"
        element={
          <Guarded section="/staff/users">
            <StaffUsersRoute />
          </Guarded>
        }
      />
      <Route
        path="/staff/admin/*"
        element={
          <Guarded section="/staff/admin">
            <StaffAdminRoute />
          </Guarded>
        }
      />
      <Route path="/staff/*" element={<StaffDeadEnd kind="notFound" />} />
    </Routes>
  );
}

import { expect } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import { act, render } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter, Route, Routes } from '../../../lib/router';
import { StaffCourseEditorRoute } from '../../../staff/routes/course-editor';

/** The course editor's route (and, with ?lesson=, the lesson editor) at `path`, with a fresh cache and no retries. */
export function renderCourseRoute(path: string, locale?: 'lo' | 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient} initialLocale={locale}>
      <MemoryRouter initialEntries={[path]}>
        <main>
          <Routes>
            <Route path="/staff/courses/:courseId" element={<StaffCourseEditorRoute />} />
          </Routes>
        </main>
      </MemoryRouter>
    </AppProvider>,
  );
}

/** Fails on any serious or critical axe-core finding (WCAG 2.0–2.2 A and AA; jsdom draws no colours). */
export async function expectNoSeriousAxeFindings(container: HTMLElement, locale: string): Promise<void> {
  await act(async () => {
    const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect({ locale, violations: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`) }).toEqual({ locale, violations: [] });
  });
}

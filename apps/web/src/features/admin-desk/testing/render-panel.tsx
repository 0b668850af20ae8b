import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProvider } from '../../../app/provider';
import type { Locale } from '../../../lib/i18n';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, resetBrowserState, signIn } from '../../../testing/test-utils';

/** Signs an admin in and renders `ui` inside the app's providers, at `path`, with no retries. */
export function renderAsAdmin(ui: ReactNode, { path = '/staff/admin', locale }: { path?: string; locale?: Locale } = {}) {
  resetBrowserState();
  signIn(undefined, { ...demoUser, roles: ['learner', 'admin'] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient} initialLocale={locale}>
      <MemoryRouter initialEntries={[path]}>
        <main>{ui}</main>
      </MemoryRouter>
    </AppProvider>,
  );
}

/** The contract's error body, with a code in details[0] when given. */
export const refusal = (statusCode: number, code?: string, details: unknown[] = []) => ({ status: statusCode, body: { statusCode, error: '', message: 'refused', details: code ? [{ code }, ...details] : details } });

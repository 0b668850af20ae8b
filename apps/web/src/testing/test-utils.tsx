import './setup-tests';
import { jest } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from '../lib/router';
import { AppProvider } from '../app/provider';
import { AppRoutes } from '../app/router';
import type { SessionUser } from '@lms/contracts';
import type { Locale } from '../lib/i18n';
import { clearSession, SESSION_STORAGE_KEY, setSession, type Session } from '../lib/session';

/** Renders the whole app at `path`, with a fresh query cache and no retries. */
export function renderApp(path: string, options: { locale?: Locale } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient} initialLocale={options.locale}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
}

export interface FakeResponse {
  status: number;
  body?: unknown;
}

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Replaces global fetch (the HTTP boundary) with a fake that answers from `handler`.
 * Returns the list of calls, with parsed JSON bodies, for assertions.
 */
export function mockFetch(handler: (call: RecordedCall) => FakeResponse | Promise<FakeResponse>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const fake = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const { status, body } = await handler(call);
    const text = body === undefined ? '' : JSON.stringify(body);
    // jsdom has no Response class; the client needs only these members.
    return { status, ok: status >= 200 && status < 300, statusText: '', text: async () => text } as unknown as Response;
  });
  globalThis.fetch = fake as unknown as typeof fetch;
  return calls;
}

export const demoUser: SessionUser = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  email: 'somchai@mtc.gov.la',
  displayName: 'ສົມໃຈ ພົມມະວົງ',
  roles: ['learner'],
  orgUnitId: '6f1c2d3e-0000-4000-8000-0000000000aa',
  locale: 'lo',
};

/** Stores a signed-in session, as the login screen would. */
export function signIn(tokens = { accessToken: 'access-1', refreshToken: 'refresh-1' }, user: SessionUser = demoUser): void {
  setSession({ ...tokens, user });
}

/** Every test starts signed out, in Lao, with nothing stored. */
export function resetBrowserState(): void {
  clearSession();
  localStorage.clear();
  document.documentElement.lang = '';
}

/** What localStorage holds for the session, as the browser would keep it across reloads. */
export function storedSession(): Session | null {
  const raw = localStorage.getItem(SESSION_STORAGE_KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
}

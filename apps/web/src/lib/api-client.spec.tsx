import { beforeEach, describe, expect, it } from '@jest/globals';
import { demoUser, mockFetch, resetBrowserState, signIn, storedSession } from '../testing/test-utils';
import { api, ApiError } from './api-client';
import { getSession } from './session';

const unauthorized = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Token expired', details: [] } };

describe('the API client', () => {
  beforeEach(() => resetBrowserState());

  it('sends JSON with the bearer token and throws the contract error shape', async () => {
    signIn();
    const calls = mockFetch(() => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'The current password is wrong', details: [{ field: 'currentPassword' }] },
    }));

    const error = await api.post('/me/password', { currentPassword: 'a', newPassword: 'b' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'The current password is wrong', details: [{ field: 'currentPassword' }] });
    expect(calls[0]).toEqual({
      url: '/api/v1/me/password',
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer access-1' },
      body: { currentPassword: 'a', newPassword: 'b' },
    });
  });

  it('sends FormData as it is (the browser sets the multipart type), and keeps the whole answer of an error', async () => {
    signIn();
    let sent: RequestInit | undefined;
    globalThis.fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      sent = init;
      const text = JSON.stringify({ statusCode: 422, error: 'Unprocessable Entity', message: 'bad', details: [], imported: 0, errors: [{ line: 5, message: 'x' }] });
      return { status: 422, ok: false, statusText: '', text: async () => text } as unknown as Response;
    }) as typeof fetch;
    const form = new FormData();
    form.append('file', new Blob(['T {T}'], { type: 'text/plain' }), 'q.gift');

    const error = await api.post('/question-banks/b/import?format=gift', form).catch((e: unknown) => e);

    expect(sent?.body).toBe(form);
    expect(sent?.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer access-1' });
    expect(error).toMatchObject({ statusCode: 422, body: { imported: 0, errors: [{ line: 5, message: 'x' }] } });
  });

  it('on 401 refreshes once, stores the new pair and retries', async () => {
    signIn();
    const calls = mockFetch(({ url, headers }) => {
      if (url === '/api/v1/auth/refresh') return { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } };
      return headers.Authorization === 'Bearer access-2' ? { status: 200, body: { ...demoUser, url } } : unauthorized;
    });

    // Two requests at once: refresh tokens rotate, so both must share one refresh call.
    const [me, units] = await Promise.all([api.get<{ url: string }>('/me'), api.get<{ url: string }>('/org-units')]);

    expect(me.url).toBe('/api/v1/me');
    expect(units.url).toBe('/api/v1/org-units');
    const refreshes = calls.filter((call) => call.url === '/api/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].body).toEqual({ refreshToken: 'refresh-1' });
    expect(refreshes[0].headers.Authorization).toBeUndefined();
    expect(storedSession()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2', user: demoUser });
    expect(getSession()?.user).toEqual(demoUser);
  });

  it('signs out when the refresh is refused', async () => {
    signIn();
    const calls = mockFetch(() => unauthorized);

    const error = await api.get('/me').catch((e: unknown) => e);

    expect(error).toMatchObject({ statusCode: 401 });
    expect(calls.map((call) => call.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh']);
    expect(getSession()).toBeNull();
    expect(storedSession()).toBeNull();
  });

  it('does not try to refresh when signed out, and reports a network failure as status 0', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await api.post('/auth/login', { login: 'x', password: 'y' }, { auth: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 0, isNetworkError: true });
  });
});

import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { demoUser, mockFetch, renderApp, resetBrowserState, signIn, storedSession } from '../../../testing/test-utils';

/** Opens the app at `path` and waits for the sign-in screen's code (a lazy route) to show the form. */
async function openLogin(path = '/login', options?: Parameters<typeof renderApp>[1]) {
  renderApp(path, options);
  await screen.findByTestId('login-form');
}

function fillAndSubmit(login: string, password: string) {
  fireEvent.change(document.querySelector('input[name="login"]')!, { target: { value: login } });
  fireEvent.change(document.querySelector('input[name="password"]')!, { target: { value: password } });
  fireEvent.submit(screen.getByTestId('login-form'));
}

describe('the login screen', () => {
  beforeEach(() => resetBrowserState());

  it('is in Lao first, and the language switch turns it into English', async () => {
    const calls = mockFetch(() => ({ status: 500 }));
    await openLogin('/login');

    expect(document.documentElement.lang).toBe('lo');
    expect(screen.getByRole('heading', { level: 1, name: 'ເຂົ້າສູ່ລະບົບ' })).toBeTruthy();
    expect(screen.getByLabelText('ອີເມວ ຫຼື ລະຫັດພະນັກງານ').getAttribute('name')).toBe('login');
    expect(screen.getByLabelText('ລະຫັດຜ່ານ').getAttribute('name')).toBe('password');
    expect(screen.getByRole('button', { name: 'ເຂົ້າສູ່ລະບົບ' }).getAttribute('type')).toBe('submit');
    expect(screen.getByTestId('lang-lo').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByTestId('lang-en'));

    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeTruthy();
    expect(screen.getByLabelText('Email or employee ID').getAttribute('name')).toBe('login');
    expect(screen.getByLabelText('Password').getAttribute('name')).toBe('password');
    expect(screen.queryByLabelText('ລະຫັດຜ່ານ')).toBeNull();
    expect(screen.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('lane.locale')).toBe('en');
    expect(calls).toHaveLength(0); // signed out: nothing to save on the server

    fireEvent.click(screen.getByTestId('lang-lo'));
    expect(screen.getByLabelText('ອີເມວ ຫຼື ລະຫັດພະນັກງານ')).toBeTruthy();
  });

  it('sends signed-out visitors of / to the login screen', async () => {
    mockFetch(() => ({ status: 500 }));
    await openLogin('/');
    expect(screen.getByTestId('login-form')).toBeTruthy();
  });

  it('says, in Lao, that the login or password is wrong on 401', async () => {
    const calls = mockFetch(() => ({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials', details: [] } }));
    await openLogin('/login');

    fillAndSubmit('somchai@mtc.gov.la', 'wrong password');

    expect((await screen.findByRole('alert')).textContent).toContain('ອີເມວ, ລະຫັດພະນັກງານ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.');
    expect(calls).toEqual([
      expect.objectContaining({ url: '/api/v1/auth/login', method: 'POST', body: { login: 'somchai@mtc.gov.la', password: 'wrong password' } }),
    ]);
    expect(calls[0].headers.Authorization).toBeUndefined();
    expect(storedSession()).toBeNull();
  });

  it('asks to try later on 429', async () => {
    mockFetch(() => ({ status: 429, body: { statusCode: 429, error: 'Too Many Requests', message: 'Too many attempts', details: [] } }));
    await openLogin('/login', { locale: 'en' });

    fillAndSubmit('E-1001', 'secret secret');

    expect(await screen.findByText('Too many attempts. Please wait and try again later.')).toBeTruthy();
  });

  it('does not call the server when a field is empty', async () => {
    const calls = mockFetch(() => ({ status: 500 }));
    await openLogin('/login');
    fillAndSubmit('', '');
    expect(await screen.findByText('ກະລຸນາປ້ອນອີເມວ ຫຼື ລະຫັດພະນັກງານ ແລະ ລະຫັດຜ່ານ.')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('signs in, shows the home screen with the user name, and logs out', async () => {
    const calls = mockFetch(({ url }) => {
      if (url === '/api/v1/auth/login') return { status: 200, body: { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900, user: demoUser } };
      if (url === '/api/v1/auth/logout') return { status: 204 };
      return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found', details: [] } };
    });
    await openLogin('/login');

    fillAndSubmit(' somchai@mtc.gov.la ', 'correct horse battery');

    expect((await screen.findByTestId('home-title')).textContent).toBe('ການຮຽນຂອງຂ້ອຍ');
    expect(screen.getByTestId('user-name').textContent).toBe(demoUser.displayName);
    expect(screen.getByText(`ສະບາຍດີ, ${demoUser.displayName}!`)).toBeTruthy();
    expect(storedSession()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1', user: demoUser });
    // How the end-to-end test finds the token: the one stored value that mentions it.
    expect(JSON.parse(Object.values(localStorage).find((value) => value.includes('accessToken'))!).accessToken).toBe('access-1');
    expect(calls[0].body).toEqual({ login: 'somchai@mtc.gov.la', password: 'correct horse battery' });

    fireEvent.click(screen.getByTestId('logout'));

    expect(await screen.findByTestId('login-form')).toBeTruthy();
    expect(calls.find((call) => call.url === '/api/v1/auth/logout')).toEqual(
      expect.objectContaining({ url: '/api/v1/auth/logout', method: 'POST', body: { refreshToken: 'refresh-1' }, headers: expect.objectContaining({ Authorization: 'Bearer access-1' }) }),
    );
    await waitFor(() => expect(storedSession()).toBeNull());
  });

  it("keeps the language chosen on this device and saves it as the user's", async () => {
    const calls = mockFetch(({ url }) => {
      if (url === '/api/v1/auth/login') return { status: 200, body: { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900, user: demoUser } };
      if (url === '/api/v1/me') return { status: 200, body: { ...demoUser, locale: 'en' } };
      return { status: 404 };
    });
    await openLogin('/login');
    fireEvent.click(screen.getByTestId('lang-en'));

    fillAndSubmit('somchai@mtc.gov.la', 'correct horse battery');

    expect((await screen.findByTestId('home-title')).textContent).toBe('My learning');
    await waitFor(() => expect(calls[1]).toEqual(expect.objectContaining({ url: '/api/v1/me', method: 'PATCH', body: { locale: 'en' } })));
  });

  it("uses the user's saved language when none was chosen on this device", async () => {
    mockFetch(() => ({ status: 200, body: { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900, user: { ...demoUser, locale: 'en' } } }));
    await openLogin('/login');

    fillAndSubmit('somchai@mtc.gov.la', 'correct horse battery');

    expect((await screen.findByTestId('home-title')).textContent).toBe('My learning');
    expect(document.documentElement.lang).toBe('en');
  });

  it('saves every language switch of a signed-in user on the server, the last one last', async () => {
    signIn();
    const calls = mockFetch(({ body }) => ({ status: 200, body: { ...demoUser, ...(body as object) } }));
    renderApp('/');

    fireEvent.click(screen.getByTestId('lang-en'));
    expect(screen.getByTestId('home-title').textContent).toBe('My learning');
    fireEvent.click(screen.getByTestId('lang-lo'));
    expect(screen.getByTestId('home-title').textContent).toBe('ການຮຽນຂອງຂ້ອຍ');

    // The home screen also loads the learner's courses (GET /me/enrolments); only the PATCHes matter here.
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH').map((call) => [call.method, call.url, call.body])).toEqual([
      ['PATCH', '/api/v1/me', { locale: 'en' }],
      ['PATCH', '/api/v1/me', { locale: 'lo' }],
    ]));
    await waitFor(() => expect(storedSession()?.user.locale).toBe('lo'));
  });
});

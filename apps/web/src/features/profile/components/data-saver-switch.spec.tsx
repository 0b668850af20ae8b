import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import { DATA_SAVER_STORAGE_KEY } from '../../../lib/data-saver';
import { demoUser, mockFetch, renderApp, resetBrowserState, signIn } from '../../../testing/test-utils';

describe('the data saver switch on the profile screen', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
    // The switch is the device's: it does not wait for, or need, the account.
    mockFetch((call) => (call.url === '/api/v1/me' ? { status: 200, body: { ...demoUser, employeeId: null, position: null, status: 'active' } } : { status: 404, body: {} }));
  });

  it('is a labelled switch, off by default, and its choice stays on the device', async () => {
    const view = renderApp('/profile');

    const toggle = await screen.findByRole('switch', { name: 'ປະຢັດຂໍ້ມູນ' });
    expect(toggle.tagName).toBe('BUTTON'); // focusable, Enter and Space toggle it
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toBe('ຮູບພາບ, ສຽງ ແລະ ວິດີໂອ ໃນບົດຮຽນ ຈະສະແດງ ເມື່ອທ່ານກົດໃສ່ເທົ່ານັ້ນ.');
    expect(screen.getByRole('heading', { level: 2, name: 'ໃນອຸປະກອນນີ້' })).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(localStorage.getItem(DATA_SAVER_STORAGE_KEY)).toBe('on');

    // After a reload.
    view.unmount();
    renderApp('/profile', { locale: 'en' });
    const again = await screen.findByRole('switch', { name: 'Data saver' });
    expect(again.getAttribute('aria-checked')).toBe('true');

    fireEvent.click(again);
    expect(again.getAttribute('aria-checked')).toBe('false');
    expect(localStorage.getItem(DATA_SAVER_STORAGE_KEY)).toBe('off');
  });

  it('starts on when the browser asks to save data', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    try {
      renderApp('/profile');
      expect((await screen.findByRole('switch', { name: 'ປະຢັດຂໍ້ມູນ' })).getAttribute('aria-checked')).toBe('true');
    } finally {
      delete (navigator as { connection?: unknown }).connection;
    }
  });
});

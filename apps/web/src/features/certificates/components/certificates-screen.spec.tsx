import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { MyCertificate } from '@lms/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch, renderApp, resetBrowserState, signIn, storedSession, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';

const ready: MyCertificate = {
  id: 'cert-1',
  code: '7KQ2-MX9D-4HTA',
  courseId: 'c-security',
  courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ',
  issuedAt: '2026-03-15T03:00:00.000Z',
  revoked: false,
  pdfReady: true,
};
const preparing: MyCertificate = { ...ready, id: 'cert-2', code: 'A1B2-C3D4-E5F6', courseId: 'c-email', courseTitle: 'ການໃຊ້ອີເມວ', pdfReady: false };
const revoked: MyCertificate = { ...ready, id: 'cert-3', code: 'Z9Y8-X7W6-V5T4', courseId: 'c-ai', courseTitle: 'ປັນຍາປະດິດ', revoked: true };
const notFound: FakeResponse = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found', details: [] } };

function api(list: MyCertificate[], overrides: (call: RecordedCall) => FakeResponse | undefined = () => undefined) {
  const calls = mockFetch((call) => {
    const answer = overrides(call);
    if (answer) return answer;
    if (call.url === '/api/v1/me/certificates') return { status: 200, body: list };
    if (call.url === '/api/v1/certificates/cert-1/pdf') return { status: 200, body: '%PDF-1.7' };
    return notFound;
  });
  // The fake answers only text(); a real Response also has blob(), which the PDF download reads.
  const inner = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await inner(input, init);
    return Object.assign(response, { blob: async () => new Blob([await response.text()], { type: 'application/pdf' }) });
  }) as typeof fetch;
  return calls;
}

describe('my certificates', () => {
  const created: Blob[] = [];
  const clicked: { href: string; download: string; inDocument: boolean }[] = [];
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  beforeEach(() => {
    resetBrowserState();
    signIn();
    created.length = 0;
    clicked.length = 0;
    // jsdom has no object URLs and does not navigate: record what the download hands the browser.
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return `blob:lane/${created.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
  });

  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    jest.restoreAllMocks();
  });

  it('lists each certificate with its date, code, revoked badge and verify link, in Lao', async () => {
    api([ready, preparing, revoked]);
    renderApp('/certificates');

    expect(await screen.findByRole('heading', { level: 1, name: 'ໃບຢັ້ງຢືນຂອງຂ້ອຍ' })).toBeTruthy();
    const cards = await screen.findAllByTestId('certificate-card');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([ready.courseTitle, preparing.courseTitle, revoked.courseTitle]);

    const first = cards[0];
    expect(within(first).getByText('15 ມີນາ 2026').getAttribute('dateTime')).toBe(ready.issuedAt);
    expect(within(first).getByText('ລະຫັດກວດສອບ')).toBeTruthy();
    expect(within(first).getByText(ready.code)).toBeTruthy();
    expect(within(first).queryByText('ຖືກຍົກເລີກແລ້ວ')).toBeNull();
    expect(within(first).getByRole('link', { name: `ກວດສອບໃບຢັ້ງຢືນ: ${ready.courseTitle}` }).getAttribute('href')).toBe('/verify/7KQ2-MX9D-4HTA');
    expect(within(first).getByRole('button', { name: 'ດາວໂຫຼດ PDF' })).toBeTruthy();

    // Being prepared: said so, and no button to press yet.
    expect(within(cards[1]).getByTestId('pdf-preparing').textContent).toBe('ກຳລັງກະກຽມໄຟລ໌ PDF ຂອງໃບຢັ້ງຢືນນີ້. ໄຟລ໌ຈະພ້ອມໃຫ້ດາວໂຫຼດໃນບໍ່ຊ້າ.');
    expect(within(cards[1]).queryByRole('button')).toBeNull();

    expect(within(cards[2]).getByText('ຖືກຍົກເລີກແລ້ວ')).toBeTruthy();
    expect(within(cards[2]).getByText('ໃບຢັ້ງຢືນນີ້ຖືກຍົກເລີກແລ້ວ, ຈຶ່ງໃຊ້ບໍ່ໄດ້ອີກຕໍ່ໄປ.')).toBeTruthy();
  });

  it('downloads the PDF with the bearer token and saves it under its code, in English', async () => {
    const calls = api([ready]);
    renderApp('/certificates', { locale: 'en' });

    const card = await screen.findByTestId('certificate-card');
    expect(within(card).getByText('15 March 2026')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Download PDF' }));

    expect(await screen.findByText(`The PDF of “${ready.courseTitle}” has been downloaded.`)).toBeTruthy();
    const pdfCall = calls.find((call) => call.url === '/api/v1/certificates/cert-1/pdf');
    expect(pdfCall).toEqual(expect.objectContaining({ method: 'GET', headers: expect.objectContaining({ Authorization: 'Bearer access-1', Accept: 'application/pdf' }) }));
    expect(created).toHaveLength(1);
    expect(created[0].type).toBe('application/pdf');
    expect(clicked).toEqual([{ href: 'blob:lane/1', download: 'certificate-7KQ2-MX9D-4HTA.pdf', inDocument: true }]);
    // The temporary link is gone again.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('refreshes an expired token once, through the shared client, and asks for the PDF again', async () => {
    // access-1 expires as soon as the list has loaded: the PDF request is the first to meet a 401.
    let expired = false;
    const calls = api([ready], (call) => {
      if (call.url === '/api/v1/auth/refresh') return { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } };
      if (expired && call.headers.Authorization === 'Bearer access-1') return { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Token expired', details: [] } };
      if (call.url === '/api/v1/me/certificates') expired = true;
      return undefined;
    });
    renderApp('/certificates', { locale: 'en' });

    fireEvent.click(await screen.findByRole('button', { name: 'Download PDF' }));

    expect(await screen.findByText(`The PDF of “${ready.courseTitle}” has been downloaded.`)).toBeTruthy();
    const pdfCalls = calls.filter((call) => call.url === '/api/v1/certificates/cert-1/pdf');
    expect(pdfCalls.map((call) => call.headers.Authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(calls.filter((call) => call.url === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(calls.find((call) => call.url === '/api/v1/auth/refresh')?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(storedSession()?.accessToken).toBe('access-2');
    expect(clicked).toHaveLength(1);
  });

  it('says the PDF is still being prepared when the server answers 409', async () => {
    const calls = api([ready], (call) =>
      call.url.endsWith('/pdf') ? { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Still being made', details: [], retryAfter: 5 } } : undefined,
    );
    renderApp('/certificates', { locale: 'en' });

    fireEvent.click(await screen.findByRole('button', { name: 'Download PDF' }));

    expect(await screen.findByText('The PDF of this certificate is being prepared. It will be ready to download shortly.')).toBeTruthy();
    expect(clicked).toHaveLength(0);
    // And the list is asked for again, to learn when it is ready.
    await waitFor(() => expect(calls.filter((call) => call.url === '/api/v1/me/certificates')).toHaveLength(2));
  });

  it('tells a learner with no certificates how to earn one', async () => {
    api([]);
    renderApp('/certificates', { locale: 'en' });

    const empty = await screen.findByTestId('certificates-empty');
    expect(within(empty).getByText('You have no certificates yet. When you complete a course, its certificate appears here.')).toBeTruthy();
    expect(within(empty).getByRole('link', { name: 'Go to my learning' }).getAttribute('href')).toBe('/');
  });

  it('puts the focus on the certificate named in the address (from "my learning")', async () => {
    api([ready, revoked]);
    renderApp('/certificates#certificate-cert-3', { locale: 'en' });

    const cards = await screen.findAllByTestId('certificate-card');
    await waitFor(() => expect(document.activeElement).toBe(cards[1]));
  });
});

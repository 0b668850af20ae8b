import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CertificateQrClaims, CertificateVerification } from '@lms/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch, renderApp, resetBrowserState, signIn, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';
import { JWKS_STORAGE_KEY } from '../api/get-issuer-keys';
import { createTestSigner, jsonPart, provideSubtleCrypto, type TestSigner } from '../testing/test-signer';

const CODE = '7KQ2-MX9D-4HTA';

const certificate: CertificateVerification = {
  valid: true,
  revoked: false,
  holderName: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ',
  courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ',
  issuedAt: '2026-03-15T03:00:00.000Z',
  issuer: 'ສະຖາບັນເຕັກໂນໂລຊີ ຂໍ້ມູນ ຂ່າວສານ',
  code: CODE,
  locale: 'lo',
  courseVersion: 3,
  scorePercent: 87.5,
  revokedAt: null,
  revocationReason: null,
};
const claims: CertificateQrClaims = { c: CODE, n: certificate.holderName, t: certificate.courseTitle, d: '2026-03-14', iss: 'https://lane.example.la' };
const notFound: FakeResponse = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No certificate has this code', details: [] } };

let signer: TestSigner;
let takeSubtleAway: () => void;

/** The two public endpoints the page calls; `overrides` answers first. */
function api(overrides: (call: RecordedCall) => FakeResponse | undefined = () => undefined) {
  return mockFetch((call) => {
    const answer = overrides(call);
    if (answer) return answer;
    if (call.url === `/api/v1/verify/${CODE}`) return { status: 200, body: certificate };
    if (call.url === '/.well-known/jwks.json') return { status: 200, body: { keys: [signer.jwk] } };
    return notFound;
  });
}

/** No network at all: every request fails as fetch does offline. */
function offline() {
  const calls: string[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL) => {
    calls.push(String(input));
    throw new TypeError('Failed to fetch');
  }) as unknown as typeof fetch;
  return calls;
}

/** Both languages of one message are on the page. */
function expectBoth(lao: string, english: string) {
  expect(screen.getByText(lao)).toBeTruthy();
  expect(screen.getByText(english)).toBeTruthy();
}

describe('the public verify page', () => {
  beforeAll(async () => {
    signer = await createTestSigner();
  });

  beforeEach(() => {
    resetBrowserState();
    takeSubtleAway = provideSubtleCrypto();
  });

  afterEach(() => takeSubtleAway());

  it('shows a valid certificate in Lao and English at once, with no account and no token', async () => {
    signIn(); // someone is signed in on this device: the public check still sends no token
    const calls = api();
    renderApp(`/verify/${CODE}`);

    expect(await screen.findByTestId('verify-valid')).toBeTruthy();
    expectBoth('ໃບຢັ້ງຢືນນີ້ຖືກຕ້ອງ', 'This certificate is valid');
    expectBoth('ກວດສອບໃບຢັ້ງຢືນ', 'Certificate verification');
    expectBoth('ຜູ້ຖືໃບຢັ້ງຢືນ', 'Certificate holder');
    expect(screen.getByTestId('verify-holder').textContent).toBe('ທ້າວ ສົມພອນ ວົງສະຫວັນ');
    expect(screen.getByTestId('verify-course').textContent).toBe('ຄວາມປອດໄພທາງໄຊເບີ');
    expectBoth('ສະບັບຂອງຫຼັກສູດ', 'Course version');
    expect(screen.getByText('3')).toBeTruthy();
    expectBoth('ຄະແນນ', 'Score');
    expect(screen.getByText('87,5%')).toBeTruthy();
    expect(screen.getByText('87.5%')).toBeTruthy();
    expectBoth('ວັນທີອອກ', 'Date of issue');
    expect(screen.getByText('15 ມີນາ 2026')).toBeTruthy();
    expect(screen.getByText('15 March 2026')).toBeTruthy();
    expectBoth('ອອກໂດຍ', 'Issued by');
    expect(screen.getByText(certificate.issuer)).toBeTruthy();
    expectBoth('ລະຫັດກວດສອບ', 'Verification code');
    expect(screen.getByText(CODE)).toBeTruthy();

    // Public: not sent to the login screen, no token, and no offline panel without a "#" payload.
    expect(screen.queryByTestId('login-form')).toBeNull();
    expect(calls.map((call) => call.url)).toEqual([`/api/v1/verify/${CODE}`]);
    expect(calls[0]!.headers.Authorization).toBeUndefined();
    expect(screen.queryByTestId('verify-offline')).toBeNull();
    expect(screen.getByRole('group', { name: 'ພາສາ' })).toBeTruthy();
  });

  it('puts English first when the reader switches language, Lao still beside it', async () => {
    api();
    renderApp(`/verify/${CODE}`);
    const banner = await screen.findByTestId('verify-valid');
    const title = () => within(banner).getByRole('heading').querySelector('[lang]')!;
    expect(title().getAttribute('lang')).toBe('lo');
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(title().getAttribute('lang')).toBe('en'));
    expect(title().textContent).toBe('This certificate is valid');
    expect(within(banner).getByText('ໃບຢັ້ງຢືນນີ້ຖືກຕ້ອງ')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a revoked certificate with the date and the reason, and no score when there is none', async () => {
    api((call) =>
      call.url.startsWith('/api/v1/verify/')
        ? { status: 200, body: { ...certificate, valid: false, revoked: true, scorePercent: null, revokedAt: '2026-04-02T09:30:00.000Z', revocationReason: 'Issued in error' } }
        : undefined,
    );
    renderApp(`/verify/${CODE}#${await signer.sign(claims)}`);

    expect(await screen.findByTestId('verify-revoked')).toBeTruthy();
    expect(screen.queryByTestId('verify-valid')).toBeNull();
    expectBoth('ໃບຢັ້ງຢືນນີ້ຖືກຍົກເລີກແລ້ວ', 'This certificate has been revoked');
    expectBoth('ວັນທີຍົກເລີກ', 'Revoked on');
    expect(screen.getByText('2 ເມສາ 2026')).toBeTruthy();
    expect(screen.getByText('2 April 2026')).toBeTruthy();
    expectBoth('ເຫດຜົນ', 'Reason');
    expect(screen.getByTestId('verify-revoked-reason').textContent).toBe('Issued in error');
    expect(screen.queryByTestId('verify-score')).toBeNull();
    // The records are still shown, so the reader sees which certificate was revoked.
    expect(screen.getByTestId('verify-holder').textContent).toBe(certificate.holderName);
    // The signature is genuine, but is not shown in green beside a revocation.
    const offlinePanel = await screen.findByTestId('verify-offline-valid');
    expect(offlinePanel.querySelector('.alert--warning')).toBeTruthy();
    expect(offlinePanel.querySelector('.alert--success')).toBeNull();
  });

  it('says in both languages that no certificate has an unknown code, showing the code as printed', async () => {
    const calls = api(() => notFound);
    renderApp('/verify/zzzz-zzzz-zzzo');

    expect(await screen.findByTestId('verify-not-found')).toBeTruthy();
    expectBoth('ບໍ່ພົບໃບຢັ້ງຢືນທີ່ມີລະຫັດນີ້', 'No certificate has this code');
    expect(screen.getByTestId('verify-searched-code').textContent).toBe('ZZZZ-ZZZZ-ZZZ0');
    expect(calls[0]!.url).toBe('/api/v1/verify/zzzz-zzzz-zzzo');
    expect(screen.queryByTestId('verify-details')).toBeNull();
  });

  it('checks the signed payload after "#" offline with the institute\'s key, and saves the key for later', async () => {
    const calls = api();
    const jws = await signer.sign(claims);
    renderApp(`/verify/${CODE}#${jws}`);

    const panel = await screen.findByTestId('verify-offline-valid');
    expectBoth("ກວດສອບແບບອອບລາຍ ດ້ວຍກະແຈຂອງສະຖາບັນ", "Checked offline with the institute's key");
    expectBoth('ລາຍເຊັນຖືກຕ້ອງ: ສະຖາບັນໄດ້ລົງລາຍເຊັນຂໍ້ມູນເຫຼົ່ານີ້', 'Genuine signature: the institute signed these details');
    expect(within(panel).getByTestId('verify-offline-holder').textContent).toBe(claims.n);
    expect(within(panel).getByTestId('verify-offline-course').textContent).toBe(claims.t);
    expect(within(panel).getByText('14 ມີນາ 2026')).toBeTruthy();
    expect(within(panel).getByText('14 March 2026')).toBeTruthy();
    expect(within(panel).getByTestId('verify-offline-match').textContent).toContain('Matches the code in the link');
    expect(panel.querySelector('.alert--success')).toBeTruthy();
    expect(await screen.findByTestId('verify-valid')).toBeTruthy();
    // The fragment never goes to the server.
    expect(calls.every((call) => !call.url.includes('#') && !call.url.includes(jws))).toBe(true);
    const saved = JSON.parse(localStorage.getItem(JWKS_STORAGE_KEY) ?? '{}');
    expect(saved.keys).toEqual([signer.jwk]);
  });

  it('still answers with no network at all, from the key saved on an earlier visit', async () => {
    localStorage.setItem(JWKS_STORAGE_KEY, JSON.stringify({ keys: [signer.jwk], savedAt: Date.parse('2026-03-20T02:00:00Z') }));
    const calls = offline();
    renderApp(`/verify/${CODE}#${await signer.sign(claims)}`);

    expect(await screen.findByTestId('verify-offline-valid')).toBeTruthy();
    expect(screen.getByTestId('verify-offline-saved-keys').textContent).toContain('Using the key saved on this device on 20 March 2026.');
    expect(await screen.findByTestId('verify-network-error')).toBeTruthy();
    expectBoth('ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້. ກະລຸນາກວດສອບອິນເຕີເນັດ ແລ້ວລອງໃໝ່.', 'Cannot reach the server. Check your internet connection and try again.');
    expectBoth('ການກວດສອບແບບອອບລາຍຂ້າງລຸ່ມນີ້ ຍັງໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.', 'The offline check below works without the internet.');
    expect(calls).toEqual(expect.arrayContaining([`/api/v1/verify/${CODE}`, '/.well-known/jwks.json']));
  });

  it('says so when the institute\'s key was never saved and there is no network', async () => {
    offline();
    renderApp(`/verify/${CODE}#${await signer.sign(claims)}`);
    expect(await screen.findByTestId('verify-offline-no-keys')).toBeTruthy();
    expect(screen.getByText("The institute's key is not saved on this device yet. Connect to the internet once to check offline.")).toBeTruthy();
  });

  it('refuses a link whose signed name was changed', async () => {
    api();
    const [header, , signature] = (await signer.sign(claims)).split('.');
    const forgedPayload = jsonPart({ ...claims, n: 'Someone Else' });
    renderApp(`/verify/${CODE}#${header}.${forgedPayload}.${signature}`);

    expect(await screen.findByTestId('verify-offline-bad-signature')).toBeTruthy();
    expectBoth('ລາຍເຊັນບໍ່ຖືກຕ້ອງ: ລິ້ງນີ້ຖືກດັດແປງ ຫຼື ບໍ່ໄດ້ອອກໂດຍສະຖາບັນ.', 'The signature does not match: this link was altered or not issued by the institute.');
    expect(screen.queryByText('Someone Else')).toBeNull();
  });

  it('warns when a genuine signature belongs to another code than the one in the link', async () => {
    api();
    renderApp(`/verify/${CODE}#${await signer.sign({ ...claims, c: 'AAAA-BBBB-CCCC' })}`);
    expect(await screen.findByTestId('verify-offline-mismatch')).toBeTruthy();
    expect(screen.getByText(`The signed code (AAAA-BBBB-CCCC) is not the code in the link (${CODE}): this link may belong to another certificate.`)).toBeTruthy();
    expect(screen.queryByTestId('verify-offline-match')).toBeNull();
  });

  it('asks the reader to wait after too many checks, for as long as Retry-After says', async () => {
    globalThis.fetch = jest.fn(async () => ({
      status: 429,
      ok: false,
      statusText: 'Too Many Requests',
      headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? '42' : null) },
      text: async () => JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'Too many checks', details: [], retryAfter: 30 }),
    })) as unknown as typeof fetch;
    renderApp(`/verify/${CODE}`);

    expect(await screen.findByTestId('verify-throttled')).toBeTruthy();
    expectBoth('ກວດສອບຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ 42 ວິນາທີ ແລ້ວລອງໃໝ່.', 'Too many checks. Please wait 42 seconds and try again.');
    expect((screen.getByTestId('verify-retry') as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers to try again after a server error, and shows the answer once it comes', async () => {
    let fail = true;
    api((call) => (call.url.startsWith('/api/v1/verify/') && fail ? { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'down', details: [] } } : undefined));
    renderApp(`/verify/${CODE}`);

    expect(await screen.findByTestId('verify-error')).toBeTruthy();
    expectBoth('ມີບາງຢ່າງຜິດພາດໃນການກວດສອບ. ກະລຸນາລອງໃໝ່.', 'Something went wrong while checking. Please try again.');
    fail = false;
    fireEvent.click(screen.getByTestId('verify-retry'));
    expect(await screen.findByTestId('verify-valid')).toBeTruthy();
  });
});

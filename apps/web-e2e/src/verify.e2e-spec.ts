import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { launchChromium, SCREENSHOTS, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(60_000);

const COURSE_TITLE = 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບພະນັກງານລັດ';

/**
 * The public verify page in Chromium on a phone, against the whole built system: a real
 * certificate, issued by the worker when the demo learner completes a course through the API,
 * checked online and offline (Chromium's own WebCrypto Ed25519 against the real JWKS), then
 * revoked; and a made-up code.
 */
describe('Verifying a certificate, in Chromium on a phone-sized screen', () => {
  let system: RunningSystem;
  let api: Api;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let certificate: { id: string; code: string; qrJws: string };
  /** Console errors and uncaught exceptions since the last check. */
  let problems: { text: string; url: string }[] = [];


  /** The demo learner completes a one-lesson course; the worker issues the certificate. */
  async function issueCertificate(): Promise<{ id: string; code: string; qrJws: string }> {
    const teacher = await api.login('instructor@lane.demo');
    const learner = await api.login('learner@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: COURSE_TITLE, summary: 'ລະຫັດຜ່ານ ແລະ ການຫຼອກລວງ', category: 'cybersecurity', locale: 'lo', level: 'beginner' });
    expect(course.status).toBe(201);
    const module = await api.call<{ id: string }>('POST', `/courses/${course.json.id}/modules`, teacher, { title: 'ພາກທີ 1' });
    const lesson = await api.call<{ id: string }>('POST', `/modules/${module.json.id}/lessons`, teacher, { title: 'ບົດທີ 1', markdown: 'ລະຫັດຜ່ານທີ່ດີ' });
    expect((await api.call('POST', `/courses/${course.json.id}/publish`, teacher)).status).toBe(200);
    expect((await api.call('POST', `/courses/${course.json.id}/enrol`, learner)).status).toBe(201);
    expect((await api.call<{ status: string }>('POST', `/lessons/${lesson.json.id}/complete`, learner)).json.status).toBe('completed');
    let mine: { id: string; code: string }[] = [];
    for (let i = 0; i < 300 && !mine.length; i++) {
      mine = (await api.call<{ id: string; code: string }[]>('GET', '/me/certificates', learner)).json;
      if (!mine.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mine).toHaveLength(1);
    // The signed QR payload is printed on the paper only; the database keeps a copy.
    const db = new Client({ connectionString: system.db.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ qr_jws: string }>('SELECT qr_jws FROM certificates WHERE id = $1', [mine[0]!.id]);
      return { ...mine[0]!, qrJws: rows[0]!.qr_jws };
    } finally {
      await db.end();
    }
  }

  /** Fails on any console error or page exception except the expected failed loads of `allowed` URLs. */
  function expectNoProblems(allowed: RegExp | null = null) {
    const unexpected = problems.filter((p) => !(allowed && p.text.startsWith('Failed to load resource') && allowed.test(p.url)));
    problems = [];
    expect(unexpected).toEqual([]);
  }

  async function expectLaoFont() {
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Lao"', 'ໃບຢັ້ງຢືນ'))).toBe(true);
  }

  async function expectNoHorizontalScroll() {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }

  /**
   * Opens the verify link in a fresh document, as a QR reader does. (A goto that changes only the
   * "#" part would stay in the same document, with the answers already fetched.)
   */
  async function open(code: string, jws?: string) {
    await page.goto('about:blank');
    await page.goto(`${system.baseUrl}/verify/${code}${jws ? `#${jws}` : ''}`);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    system = await startSystem();
    api = apiOf(system.baseUrl);
    certificate = await issueCertificate();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    page = await context.newPage();
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push({ text: message.text(), url: message.location().url });
    });
    page.on('pageerror', (error) => problems.push({ text: `page error: ${error.message}`, url: page.url() }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('says in Lao and English that a made-up code is not a certificate, with no account', async () => {
    await open('ZZZZ-ZZZZ-ZZZZ');
    await page.waitForSelector('[data-testid="verify-not-found"]');
    expect(new URL(page.url()).pathname).toBe('/verify/ZZZZ-ZZZZ-ZZZZ');
    const text = await page.textContent('main');
    expect(text).toContain('ບໍ່ພົບໃບຢັ້ງຢືນທີ່ມີລະຫັດນີ້');
    expect(text).toContain('No certificate has this code');
    expect(text).toContain('ກວດສອບໃບຢັ້ງຢືນ');
    expect(text).toContain('Certificate verification');
    expect(await page.isVisible('text=No certificate has this code')).toBe(true);
    expect(await page.isVisible('[data-testid="verify-offline"]')).toBe(false);
    await expectLaoFont();
    await expectNoHorizontalScroll();
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-not-found-lo.png'), fullPage: true });
    // The API's 404 is the only thing the console reports.
    expectNoProblems(/\/api\/v1\/verify\/ZZZZ-ZZZZ-ZZZZ$/);
  });

  it('shows a real certificate as valid, and checks its QR signature with Chromium\'s Ed25519', async () => {
    await open(certificate.code, certificate.qrJws);
    await page.waitForSelector('[data-testid="verify-valid"]');
    await page.waitForSelector('[data-testid="verify-offline-valid"]');
    expect(await page.textContent('[data-testid="verify-holder"]')).toBe('ນ້ອຍ ແກ້ວມະນີ');
    expect(await page.textContent('[data-testid="verify-course"]')).toBe(COURSE_TITLE);
    expect(await page.textContent('[data-testid="verify-offline-holder"]')).toBe('ນ້ອຍ ແກ້ວມະນີ');
    expect(await page.textContent('[data-testid="verify-offline-course"]')).toBe(COURSE_TITLE);
    expect(await page.isVisible('[data-testid="verify-offline-match"]')).toBe(true);
    const text = await page.textContent('main');
    expect(text).toContain('ໃບຢັ້ງຢືນນີ້ຖືກຕ້ອງ');
    expect(text).toContain('This certificate is valid');
    expect(text).toContain(certificate.code);
    // Dates in Lao script and in English, though Chromium ships no Lao locale data.
    const issued = await page.textContent('[data-testid="verify-issued"]');
    expect(issued).toMatch(/^\d{1,2} [\u0E80-\u0EFF]+ \d{4}\d{1,2} [A-Z][a-z]+ \d{4}$/);
    // The key set is saved for a later check with no connection.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('lane.jwks') ?? '{}'));
    expect(saved.keys?.length).toBeGreaterThan(0);
    await expectLaoFont();
    await expectNoHorizontalScroll();
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-valid-lo.png'), fullPage: true });

    await page.click('[data-testid="lang-en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-valid-en.png'), fullPage: true });
    await page.click('[data-testid="lang-lo"]');
    await page.waitForFunction(() => document.documentElement.lang === 'lo');
    expectNoProblems();
  });

  it('refuses a link whose signed name was altered', async () => {
    const [header, payload, signature] = certificate.qrJws.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, n: 'Someone Else' })).toString('base64url');
    await open(certificate.code, `${header}.${forged}.${signature}`);
    await page.waitForSelector('[data-testid="verify-offline-bad-signature"]');
    expect(await page.textContent('[data-testid="verify-offline"]')).toContain('The signature does not match');
    expectNoProblems();
  });

  it('still answers from the saved key when the server cannot be reached', async () => {
    // The page itself still loads (as from the service worker's cache); its API and key requests fail.
    const unreachable = /\/api\/v1\/verify\/|\/\.well-known\/jwks\.json/;
    await page.route(unreachable, (route) => route.abort('internetdisconnected'));
    try {
      await open(certificate.code, certificate.qrJws);
      await page.waitForSelector('[data-testid="verify-offline-valid"]');
      await page.waitForSelector('[data-testid="verify-network-error"]', { timeout: 15_000 });
      expect(await page.isVisible('[data-testid="verify-offline-saved-keys"]')).toBe(true);
      expect(await page.textContent('[data-testid="verify-offline-holder"]')).toBe('ນ້ອຍ ແກ້ວມະນີ');
      const text = await page.textContent('main');
      expect(text).toContain('ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້');
      expect(text).toContain('Cannot reach the server');
      await expectNoHorizontalScroll();
      await page.screenshot({ path: join(SCREENSHOTS, 'verify-offline-lo.png'), fullPage: true });
    } finally {
      await page.unroute(unreachable);
    }
    expectNoProblems(unreachable);
  });

  it('shows a revoked certificate with the reason and the date', async () => {
    const admin = await api.login('admin@lane.demo');
    expect((await api.call('POST', `/certificates/${certificate.id}/revoke`, admin, { reason: 'ອອກໃຫ້ຜິດພາດ (issued in error)' })).status).toBe(200);
    await open(certificate.code, certificate.qrJws);
    await page.waitForSelector('[data-testid="verify-revoked"]');
    expect(await page.textContent('[data-testid="verify-revoked-reason"]')).toBe('ອອກໃຫ້ຜິດພາດ (issued in error)');
    const text = await page.textContent('[data-testid="verify-revoked"]');
    expect(text).toContain('ໃບຢັ້ງຢືນນີ້ຖືກຍົກເລີກແລ້ວ');
    expect(text).toContain('This certificate has been revoked');
    expect(await page.isVisible('[data-testid="verify-valid"]')).toBe(false);
    await expectNoHorizontalScroll();
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-revoked-lo.png'), fullPage: true });
    expectNoProblems();
  });
});

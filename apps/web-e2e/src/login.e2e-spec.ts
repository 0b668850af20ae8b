import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiOf, DEMO_PASSWORD } from './support/api';
import { launchChromium, SCREENSHOTS, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(60_000);

describe('Signing in and switching language, in Chromium on a phone-sized screen', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    system = await startSystem();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the login screen in Lao first, with the Lao font loaded', async () => {
    await page.goto(`${system.baseUrl}/`);
    await page.waitForSelector('[data-testid="login-form"]');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getAttribute('html', 'lang')).toBe('lo');
    expect(await page.textContent('body')).toContain('ເຂົ້າສູ່ລະບົບ');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Lao"', 'ເຂົ້າສູ່ລະບົບ'))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'login-lo.png'), fullPage: true });
  });

  it('refuses a wrong password with a message', async () => {
    await page.fill('input[name="login"]', 'learner@lane.demo');
    await page.fill('input[name="password"]', 'not the password');
    await page.click('[data-testid="login-form"] button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs a demo learner in and shows their name', async () => {
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('[data-testid="login-form"] button[type="submit"]');
    await page.waitForSelector('[data-testid="home-title"]');
    expect(await page.textContent('[data-testid="user-name"]')).toContain('ນ້ອຍ ແກ້ວມະນີ');
    await page.screenshot({ path: join(SCREENSHOTS, 'home-lo.png'), fullPage: true });
  });

  it('switches to English and back, and remembers the choice on the server', async () => {
    const lao = await page.textContent('[data-testid="home-title"]');
    await page.click('[data-testid="lang-en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const english = await page.textContent('[data-testid="home-title"]');
    expect(english).not.toBe(lao);
    expect(english).toMatch(/[A-Za-z]/);
    await page.screenshot({ path: join(SCREENSHOTS, 'home-en.png'), fullPage: true });
    const token = await page.evaluate(() => JSON.parse(Object.values(localStorage).find((v) => v.includes('accessToken')) ?? '{}').accessToken);
    const api = apiOf(system.baseUrl);
    let locale = '';
    for (let i = 0; i < 50 && locale !== 'en'; i++) {
      locale = (await api.call<{ locale: string }>('GET', '/me', token)).json.locale;
      if (locale !== 'en') await new Promise((r) => setTimeout(r, 100));
    }
    expect(locale).toBe('en');
    await page.click('[data-testid="lang-lo"]');
    await page.waitForFunction(() => document.documentElement.lang === 'lo');
    expect(await page.textContent('[data-testid="home-title"]')).toBe(lao);
  });

  it('has no horizontal scroll at 360 px and signs out', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.click('[data-testid="logout"]');
    await page.waitForSelector('[data-testid="login-form"]');
  });
});

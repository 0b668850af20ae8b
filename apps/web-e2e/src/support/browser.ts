import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api';

/** Signs a demo user in through the login screen and waits for the home screen. */
export async function signInInBrowser(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name="login"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('[data-testid="login-form"] button[type="submit"]');
  await page.waitForSelector('[data-testid="home-title"]');
}

/**
 * Waits until the service worker is active (its install, and so its precache, complete) and
 * controls the page: only then may a test take the network away.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Takes the network away (or gives it back) and waits until the page and its service worker both
 * see it: Chromium applies the emulation to the worker a moment after the page, and a request in
 * that moment would still reach the server.
 */
export async function setNetwork(page: Page, online: boolean): Promise<void> {
  await page.context().setOffline(!online);
  const expected = online ? 'network' : 'no network';
  for (let i = 0; i < 100; i++) {
    // A GET for the API's health goes through the service worker like every API call.
    const seen = await page.evaluate(() => fetch(`/api/v1/health?probe=${Date.now()}`, { cache: 'no-store' }).then(() => 'network', () => 'no network'));
    if (seen === expected) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the page still sees ${online ? 'no network' : 'a network'} after 10 s`);
}

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

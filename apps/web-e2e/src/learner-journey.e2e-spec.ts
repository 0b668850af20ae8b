import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { signInInBrowser } from './support/browser';
import { launchChromium, SCREENSHOTS, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(90_000);

const COURSE_TITLE = 'ການໃຊ້ອີເມວຢ່າງປອດໄພ';
const LESSONS = ['ຮູ້ຈັກອີເມວຫຼອກລວງ', 'ລະຫັດຜ່ານທີ່ເຂັ້ມແຂງ'];
const GIFT = `
::ລະຫັດຜ່ານ:: ລະຫັດຜ່ານທີ່ດີຄວນຍາວຢ່າງໜ້ອຍຈັກຕົວອັກສອນ? {=12 ຕົວອັກສອນ ~4 ຕົວອັກສອນ ~6 ຕົວອັກສອນ}

::ແບ່ງປັນ:: ການບອກລະຫັດຜ່ານໃຫ້ເພື່ອນຮ່ວມງານແມ່ນປອດໄພ. {F}
`;

/**
 * The whole learner journey on a 360×740 phone screen in Lao, against the built system (API,
 * worker, PostgreSQL, Redis): an HR manager assigns a course; the learner signs in, finds it first
 * on the home screen, reads both lessons, takes the quiz, sees it graded and passed, downloads the
 * certificate the worker issued, and verifies it on the public page.
 */
describe('A learner’s journey, in Chromium on a phone, in Lao', () => {
  let system: RunningSystem;
  let api: Api;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];


  /** An instructor writes a two-lesson course with a quiz and publishes it; HR assigns it to the learner, due in ten days. */
  async function assignCourse(): Promise<void> {
    const teacher = await api.login('instructor@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: COURSE_TITLE, summary: 'ອີເມວຫຼອກລວງ ແລະ ລະຫັດຜ່ານ', category: 'email', locale: 'lo', level: 'beginner' });
    expect(course.status).toBe(201);
    const module = await api.call<{ id: string }>('POST', `/courses/${course.json.id}/modules`, teacher, { title: 'ພາກທີ 1' });
    for (const title of LESSONS) {
      expect((await api.call('POST', `/modules/${module.json.id}/lessons`, teacher, { title, markdown: `# ${title}\n\nກວດເບິ່ງຜູ້ສົ່ງທຸກຄັ້ງ ກ່ອນກົດລິ້ງ.` })).status).toBe(201);
    }
    const bank = await api.call<{ id: string }>('POST', '/question-banks', teacher, { title: 'ອີເມວ', courseId: course.json.id });
    expect(bank.status).toBe(201);
    expect((await api.call<{ imported: number }>('POST', `/question-banks/${bank.json.id}/import?format=gift`, teacher, GIFT)).json.imported).toBe(2);
    const quiz = await api.call('POST', `/modules/${module.json.id}/quizzes`, teacher, {
      title: 'ແບບທົດສອບທ້າຍບົດ',
      questionBankId: bank.json.id,
      selection: { mode: 'all' },
      passPercent: 60,
      timeLimitMinutes: 10,
      maxAttempts: 3,
    });
    expect(quiz.status).toBe(201);
    expect((await api.call('POST', `/courses/${course.json.id}/publish`, teacher)).status).toBe(200);
    const learner = await api.call<{ id: string }>('GET', '/me', await api.login('learner@lane.demo'));
    const assigned = await api.call('POST', '/assignments', await api.login('hr@lane.demo'), {
      courseId: course.json.id,
      userIds: [learner.json.id],
      dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    });
    expect(assigned.status).toBe(201);
  }

  /** What the phone shows, from the top (a full-page capture would draw the fixed menu mid-page). */
  async function shot(name: string) {
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `journey-${name}-lo.png`) });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    system = await startSystem();
    api = apiOf(system.baseUrl);
    await assignCourse();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'lo-LA', acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  afterEach(() => {
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });

  it('signs in and finds the assigned course first, with its due date', async () => {
    await signInInBrowser(page, system.baseUrl, 'learner@lane.demo');
    const first = page.locator('[data-testid="enrolment-card"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(COURSE_TITLE);
    expect(await first.textContent()).toContain('ໄດ້ຮັບມອບໝາຍ');
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Lao"', 'ຫຼັກສູດ'))).toBe(true);
    await shot('home');
    await first.getByRole('link').first().click();
    await page.waitForSelector('[data-testid="course-start"]');
    expect(await page.textContent('h1')).toBe(COURSE_TITLE);
    await shot('course');
  });

  it('reads both lessons, marking each done', async () => {
    await page.click('[data-testid="course-start"]');
    for (const [i, title] of LESSONS.entries()) {
      await page.waitForSelector(`h1:has-text("${title}")`);
      expect(await page.textContent('article')).toContain('ກວດເບິ່ງຜູ້ສົ່ງທຸກຄັ້ງ');
      if (i === 0) await shot('lesson');
      await page.getByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' }).click();
    }
    await page.waitForSelector('h1:has-text("ແບບທົດສອບທ້າຍບົດ")');
  });

  it('takes the quiz, submits it, and sees it graded and passed', async () => {
    await shot('quiz-intro');
    await page.getByRole('button', { name: 'ເລີ່ມເຮັດແບບທົດສອບ' }).click();
    await page.getByLabel('12 ຕົວອັກສອນ').check();
    await page.waitForSelector('[data-testid="save-status"]');
    await shot('quiz-question');
    await page.getByRole('button', { name: 'ຕໍ່ໄປ' }).click();
    await page.getByLabel('ຜິດ', { exact: true }).check();
    await page.getByRole('button', { name: 'ສຳເລັດ', exact: true }).click();
    await page.getByRole('button', { name: 'ສົ່ງຄຳຕອບ' }).click();
    await page.waitForURL(/\/attempts\//);
    await page.waitForSelector('text=ທ່ານຜ່ານແລ້ວ.', { timeout: 30_000 });
    expect(await page.textContent('main')).toContain('100');
    await shot('result');
  });

  it('downloads the certificate the worker issued, and verifies it', async () => {
    await page.goto(`${system.baseUrl}/certificates`);
    const card = page.locator('[data-testid="certificate-card"]', { hasText: COURSE_TITLE });
    // The worker issues the certificate, then renders its PDF: look again until both are there.
    for (let i = 0; i < 60; i++) {
      await page.waitForSelector('[data-testid="certificate-card"], [data-testid="certificates-empty"]');
      if ((await card.count()) && !(await page.locator('[data-testid="pdf-preparing"]').count())) break;
      await page.waitForTimeout(500);
      await page.reload();
    }
    await shot('certificates');
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /ດາວໂຫຼດ/ }).click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await card.getByRole('link', { name: /ກວດສອບ/ }).click();
    await page.waitForSelector('[data-testid="verify-valid"]');
    expect(await page.textContent('[data-testid="verify-holder"]')).toBe('ນ້ອຍ ແກ້ວມະນີ');
    expect(await page.textContent('[data-testid="verify-course"]')).toBe(COURSE_TITLE);
    await shot('verify');
  });
});

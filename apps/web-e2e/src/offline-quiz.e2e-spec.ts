import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { setNetwork, signInInBrowser, waitForServiceWorker } from './support/browser';
import { launchChromium, SCREENSHOTS, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(180_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const GIFT = `
::ລະຫັດຜ່ານ:: ລະຫັດຜ່ານທີ່ດີຄວນຍາວຢ່າງໜ້ອຍຈັກຕົວອັກສອນ? {=12 ຕົວອັກສອນ ~4 ຕົວອັກສອນ ~6 ຕົວອັກສອນ}

::ແບ່ງປັນ:: ການບອກລະຫັດຜ່ານໃຫ້ເພື່ອນຮ່ວມງານແມ່ນປອດໄພ. {F}
`;

interface AttemptAnswer {
  status: string;
  score: number | null;
  passed: boolean | null;
  questions: { id: string; answer: unknown }[];
}

/**
 * Taking a quiz offline (issue 8) in Chromium on a 360×740 phone in Lao, against the built system:
 * the learner starts the attempt online, loses the network, answers the first question, reloads
 * the page (the service worker serves the app, the device its copy of the attempt), answers the
 * second and submits, all offline; nothing reaches the server. Back online, the answers and the
 * submit are synced, the worker grades the attempt, and the result shows it passed.
 */
describe('Taking a quiz offline, in Chromium on a phone, in Lao', () => {
  let system: RunningSystem;
  let api: Api;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let learner: string;
  let courseId: string;
  let quizId: string;
  const problems: string[] = [];

  /** An instructor's published course with one untimed quiz of two questions; the learner enrolled. */
  async function publishQuiz(): Promise<void> {
    const teacher = await api.login('instructor@lane.demo');
    courseId = (await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ຄວາມປອດໄພຂອງລະຫັດຜ່ານ', summary: 'ແບບທົດສອບອອບລາຍ', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json.id;
    const module = (await api.call<{ id: string }>('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' })).json.id;
    const bank = (await api.call<{ id: string }>('POST', '/question-banks', teacher, { title: 'ລະຫັດຜ່ານ', courseId })).json.id;
    expect((await api.call<{ imported: number }>('POST', `/question-banks/${bank}/import?format=gift`, teacher, GIFT)).json.imported).toBe(2);
    const quiz = await api.call<{ id: string }>('POST', `/modules/${module}/quizzes`, teacher, { title: 'ແບບທົດສອບອອບລາຍ', questionBankId: bank, selection: { mode: 'all' }, passPercent: 60, shuffle: false });
    expect(quiz.status).toBe(201);
    quizId = quiz.json.id;
    expect((await api.call('POST', `/courses/${courseId}/publish`, teacher)).status).toBe(200);
    learner = await api.login('learner@lane.demo');
    expect([200, 201]).toContain((await api.call('POST', `/courses/${courseId}/enrol`, learner)).status);
  }

  async function shot(name: string) {
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-lo.png`) });
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, `${name}-lo.png`) });
  }

  const saveStatus = () => page.getByTestId('save-status');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    system = await startSystem();
    api = apiOf(system.baseUrl);
    await publishQuiz();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'lo-LA', serviceWorkers: 'allow' });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('answers, reloads and submits offline, then syncs and is graded once back online', async () => {
    await signInInBrowser(page, system.baseUrl, 'learner@lane.demo');
    // The service worker controls the page, its precache complete, before the network goes.
    await waitForServiceWorker(page);

    // Started online.
    await page.goto(`${system.baseUrl}/courses/${courseId}/quizzes/${quizId}`);
    await page.getByRole('button', { name: 'ເລີ່ມເຮັດແບບທົດສອບ' }).click();
    await page.getByRole('group', { name: /^ຄຳຖາມທີ 1 ຈາກ 2/ }).waitFor();
    const [attempt] = (await api.call<{ attempts: { id: string; status: string }[] }>('GET', `/quizzes/${quizId}/me`, learner)).json.attempts;
    expect(attempt.status).toBe('in_progress');

    // The network goes; the first answer stays on the phone.
    await setNetwork(page, false);
    await page.getByLabel('12 ຕົວອັກສອນ').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້'));

    // A reload without a connection: the app from the service worker, the attempt from the device.
    await page.reload();
    const second = page.getByRole('group', { name: /^ຄຳຖາມທີ 2 ຈາກ 2/ });
    await second.waitFor();
    await page.getByRole('button', { name: 'ກ່ອນໜ້າ' }).click();
    expect(await page.getByLabel('12 ຕົວອັກສອນ').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'ຕໍ່ໄປ' }).click();
    await second.getByLabel('ຜິດ', { exact: true }).check();
    await shot('offline-quiz');

    // Submitted offline: it waits on the phone, and the server has none of it yet.
    await page.getByRole('button', { name: 'ສຳເລັດ', exact: true }).click();
    await page.getByRole('button', { name: 'ສົ່ງຄຳຕອບ', exact: true }).click();
    await page.getByTestId('submit-queued').waitFor();
    await shot('offline-quiz-queued');
    const meanwhile = (await api.call<AttemptAnswer>('GET', `/attempts/${attempt.id}`, learner)).json;
    expect(meanwhile.status).toBe('in_progress');
    expect(meanwhile.questions.map((q) => q.answer)).toEqual([null, null]);

    // Back online: synced, submitted, graded by the worker, and the result shows it.
    await setNetwork(page, true);
    await page.getByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' }).waitFor({ timeout: 30_000 });
    await page.getByText('ຜ່ານ', { exact: false }).first().waitFor({ timeout: 30_000 });
    const graded = (await api.call<AttemptAnswer>('GET', `/attempts/${attempt.id}`, learner)).json;
    expect(graded).toMatchObject({ status: 'graded', passed: true, score: 2 });
    expect(graded.questions.map((q) => q.answer)).toEqual([expect.any(String), false]);
    expect(await saveStatus().count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lane.quiz.')))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { setNetwork, signInInBrowser, waitForServiceWorker } from './support/browser';
import { launchChromium, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(180_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
/** A cheap Android phone, in Lao, with the service worker allowed. */
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'lo-LA', serviceWorkers: 'allow' } as const;

/**
 * Offline reading (issue 8) in Chromium on a 360×740 phone in Lao, against the built system: the
 * learner sees what downloading an enrolled course costs, downloads it, loses the network, reloads
 * the lesson (the service worker serves the app and its chunks, the API client the downloaded
 * lessons, the worker the lesson's image), reads both lessons, marks one done on the device, and
 * once back online sees it synced, as the server then shows. A course never downloaded says,
 * offline, that it waits for the network, and loads once the network is back.
 */
describe('Offline reading, in Chromium on a phone, in Lao', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let learnerToken: string;
  let courseId: string;
  let otherCourseId: string;
  const lessonIds: string[] = [];
  let photo: { id: string; variants: { url: string }[] };
  let api: Api;

  /** An enrolled course of two lessons, the first with an uploaded photo in its text. */
  async function publishCourse(): Promise<void> {
    const teacher = await api.login('instructor@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ຄວາມປອດໄພຂອງລະຫັດຜ່ານ', summary: 'ສ້າງ ແລະ ເກັບລະຫັດຜ່ານໃຫ້ປອດໄພ', category: 'cybersecurity', locale: 'lo', level: 'beginner' });
    expect(course.status).toBe(201);
    courseId = course.json.id;
    const module = await api.call<{ id: string }>('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' });
    for (const [title, markdown] of [
      ['ລະຫັດຜ່ານທີ່ດີ', 'ຮ່າງ'],
      ['ແອັບຈັດການລະຫັດຜ່ານ', 'ແອັບຈັດການລະຫັດຜ່ານ ຈື່ລະຫັດຜ່ານທັງໝົດໃຫ້ທ່ານ, ທ່ານຈື່ພຽງລະຫັດດຽວ.'],
    ]) {
      const lesson = await api.call<{ id: string }>('POST', `/modules/${module.json.id}/lessons`, teacher, { title, markdown });
      expect(lesson.status).toBe(201);
      lessonIds.push(lesson.json.id);
    }
    // A passphrase box: the picture a lesson like this would show.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="700"><rect width="1200" height="700" fill="#dbeafe"/>
      <rect x="150" y="180" width="900" height="340" rx="40" fill="#fff" stroke="#1d4ed8" stroke-width="8"/>
      <rect x="240" y="300" width="560" height="100" rx="20" fill="#f3f4f6" stroke="#6b7280" stroke-width="4"/>
      ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<circle cx="${290 + i * 62}" cy="350" r="18" fill="#111827"/>`).join('')}
      <rect x="840" y="290" width="120" height="120" rx="24" fill="#166534"/><path d="M870 352l22 22 42-46" stroke="#fff" stroke-width="14" fill="none"/></svg>`;
    const png = await sharp(Buffer.from(svg)).composite([{ input: await sharp(randomBytes(1200 * 700 * 3), { raw: { width: 1200, height: 700, channels: 3 } }).png().toBuffer(), blend: 'soft-light' }]).png().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'passphrase.png');
    const uploaded = await api.call<{ id: string; variants: { url: string }[] }>('POST', `/lessons/${lessonIds[0]}/attachments`, teacher, form);
    expect(uploaded.status).toBe(201);
    photo = uploaded.json;
    const markdown = ['ລະຫັດຜ່ານທີ່ດີ ຍາວ ແລະ ເດົາຍາກ: ໃຊ້ປະໂຫຍກທີ່ທ່ານຈື່ໄດ້.', `![ຕົວຢ່າງລະຫັດຜ່ານແບບປະໂຫຍກ](/api/v1/attachments/${photo.id}?width=480)`, 'ຢ່າໃຊ້ລະຫັດຜ່ານດຽວກັນ ໃນຫຼາຍບ່ອນ.'].join('\n\n');
    expect((await api.call('PATCH', `/lessons/${lessonIds[0]}`, teacher, { markdown })).status).toBe(200);
    expect((await api.call('POST', `/courses/${courseId}/publish`, teacher)).status).toBe(200);
    learnerToken = await api.login('learner@lane.demo');
    expect((await api.call('POST', `/courses/${courseId}/enrol`, learnerToken)).status).toBe(201);

    // A second course, never downloaded.
    const other = await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ການສຳຮອງຂໍ້ມູນ', summary: 'ເກັບສຳເນົາໄຟລ໌ສຳຄັນ', category: 'cybersecurity', locale: 'lo', level: 'beginner' });
    otherCourseId = other.json.id;
    const otherModule = await api.call<{ id: string }>('POST', `/courses/${otherCourseId}/modules`, teacher, { title: 'ພາກທີ 1' });
    expect((await api.call('POST', `/modules/${otherModule.json.id}/lessons`, teacher, { title: 'ເປັນຫຍັງຕ້ອງສຳຮອງ', markdown: 'ໄຟລ໌ຫາຍໄດ້ທຸກເວລາ.' })).status).toBe(201);
    expect((await api.call('POST', `/courses/${otherCourseId}/publish`, teacher)).status).toBe(200);
  }

  const lessonPath = (i: number) => `/courses/${courseId}/lessons/${lessonIds[i]}`;
  const fontsReady = () => page.evaluate(() => document.fonts.ready.then(() => undefined));

  beforeAll(async () => {
    system = await startSystem();
    api = apiOf(system.baseUrl);
    await publishCourse();
    browser = await launchChromium();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows what the download costs, and downloads the course', async () => {
    await signInInBrowser(page, system.baseUrl, 'learner@lane.demo');
    await waitForServiceWorker(page);
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const assets = names.find((n) => n.startsWith('lane-assets-'));
      return assets ? (await (await caches.open(assets)).keys()).map((r) => new URL(r.url).pathname) : [];
    });
    expect(precached).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/course-.+\.js$/), expect.stringMatching(/^\/assets\/lesson-.+\.js$/), expect.stringMatching(/^\/assets\/quiz-.+\.js$/)]));

    await page.goto(`${system.baseUrl}/courses/${courseId}`);
    const size = await api.call<{ bytes: number; lessons: { id: string; bytes: number }[] }>('GET', `/courses/${courseId}/offline`, learnerToken);
    const perLesson = await Promise.all(lessonIds.map(async (id) => (await api.call<{ downloadBytes: number }>('GET', `/lessons/${id}`, learnerToken)).json.downloadBytes));
    expect(size.json.bytes).toBe(perLesson[0] + perLesson[1]);
    const panel = page.getByTestId('offline-panel');
    const download = panel.getByRole('button', { name: /^ດາວໂຫຼດໄວ້ອ່ານອອບລາຍ · \d+ kB$/ });
    await download.waitFor();
    expect(await download.textContent()).toBe(`ດາວໂຫຼດໄວ້ອ່ານອອບລາຍ · ${Math.round(size.json.bytes / 1000)} kB`);
    await fontsReady();
    // The panel just under the sticky top bar.
    await panel.evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 72));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'offline-course-lo.png') });

    await download.click();
    await panel.locator('.course-offline__state').getByText(/^ດາວໂຫຼດແລ້ວ \(\d+ kB\): ອ່ານໄດ້ໂດຍບໍ່ມີອິນເຕີເນັດ\.$/).waitFor();
    expect(await panel.getByRole('button', { name: 'ລຶບອອກຈາກອຸປະກອນນີ້' }).isVisible()).toBe(true);
  });

  it('reloads a lesson with no network, and reads both lessons, the image shown', async () => {
    await page.goto(`${system.baseUrl}${lessonPath(0)}`);
    await page.getByRole('heading', { level: 1, name: 'ລະຫັດຜ່ານທີ່ດີ' }).waitFor();

    await setNetwork(page, false);
    // No network for the page nor for the service worker.
    expect(await page.evaluate(() => fetch('/api/v1/health').then((r) => r.status, () => 'no network'))).toBe('no network');
    expect(await page.evaluate(() => fetch('/assets/never-built.js').then((r) => r.status, () => 'no network'))).toBe('no network');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ລະຫັດຜ່ານທີ່ດີ' }).waitFor();
    await page.getByTestId('offline-copy').waitFor();
    const image = page.locator('article').getByRole('img', { name: 'ຕົວຢ່າງລະຫັດຜ່ານແບບປະໂຫຍກ' });
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('article img')).every((img) => (img as HTMLImageElement).complete));
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    await page.evaluate(() => window.scrollTo(0, 0));
    await fontsReady();
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'offline-lesson-lo.png') });

    // The next lesson, and the course page, whose code this page never loaded: from the worker's precache.
    await page.getByRole('navigation', { name: 'ລາຍການກ່ອນໜ້າ ແລະ ຕໍ່ໄປ' }).getByRole('link', { name: /^ຕໍ່ໄປ/ }).click();
    await page.getByRole('heading', { level: 1, name: 'ແອັບຈັດການລະຫັດຜ່ານ' }).waitFor();
    await page.getByText('ທ່ານຈື່ພຽງລະຫັດດຽວ', { exact: false }).waitFor();
    await page.locator('.courses-back').click();
    await page.getByRole('heading', { level: 1, name: 'ຄວາມປອດໄພຂອງລະຫັດຜ່ານ' }).waitFor();
    await page.getByTestId('offline-copy').waitFor();
    await page.getByTestId('offline-panel').locator('.course-offline__state').getByText(/^ດາວໂຫຼດແລ້ວ/).waitFor();
  });

  it('marks a lesson done offline, then syncs it once back online', async () => {
    await page.goto(`${system.baseUrl}${lessonPath(0)}`);
    await page.getByRole('button', { name: 'ໝາຍວ່າສຳເລັດແລ້ວ' }).click();
    await page.getByText('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ: ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ.').waitFor();
    await page.getByText('ທ່ານຮຽນບົດຮຽນນີ້ສຳເລັດແລ້ວ.').waitFor();
    const before = await api.call<{ enrolment: { completedItemIds: string[] } }>('GET', `/courses/${courseId}`, learnerToken);
    expect(before.json.enrolment.completedItemIds).toEqual([]);

    await setNetwork(page, true);
    await page.getByText('ສົ່ງຂໍ້ມູນແລ້ວ.').waitFor();
    const after = await api.call<{ enrolment: { completedItemIds: string[]; progressPercent: number } }>('GET', `/courses/${courseId}`, learnerToken);
    expect(after.json.enrolment.completedItemIds).toEqual([lessonIds[0]]);
    expect(after.json.enrolment.progressPercent).toBe(50);
  });

  it('says a page that was never downloaded waits for the network, and shows it once back online', async () => {
    // Losing the network while in the app: the catalogue (never downloaded) waits, and says so.
    await page.goto(`${system.baseUrl}/`);
    await page.getByTestId('home-title').waitFor();
    await setNetwork(page, false);
    await page.getByRole('navigation', { name: 'ເມນູຫຼັກ' }).getByRole('link', { name: 'ຫຼັກສູດ' }).click();
    await page.getByRole('status').getByText('ທ່ານກຳລັງອອບລາຍ ແລະ ໜ້ານີ້ບໍ່ໄດ້ດາວໂຫຼດໄວ້ໃນອຸປະກອນນີ້. ມັນຈະໂຫຼດເອງ ເມື່ອເຊື່ອມຕໍ່ອິນເຕີເນັດແລ້ວ.').waitFor();
    expect(await page.locator('.spinner').count()).toBe(0);
    await setNetwork(page, true);
    await page.getByRole('link', { name: /ການສຳຮອງຂໍ້ມູນ/ }).waitFor();

    // Opened with no network at all: the app comes from the service worker and says the course could not be reached.
    await setNetwork(page, false);
    await page.goto(`${system.baseUrl}/courses/${otherCourseId}`);
    const retry = page.getByRole('button', { name: 'ລອງໃໝ່' });
    await retry.waitFor();
    await setNetwork(page, true);
    await retry.click();
    await page.getByRole('heading', { level: 1, name: 'ການສຳຮອງຂໍ້ມູນ' }).waitFor();
  });
});

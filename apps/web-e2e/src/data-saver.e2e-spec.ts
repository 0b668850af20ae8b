import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import sharp from 'sharp';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { signInInBrowser } from './support/browser';
import { launchChromium, SCREENSHOTS, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(120_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const MEDIA = '/api/v1/attachments/';

/**
 * Data saver (issue 8) in Chromium on a 360×740 phone in Lao, against the built system: an
 * instructor publishes a lesson with two uploaded photos and a video; the learner enrols, turns
 * data saver on in the profile with the keyboard, and opens the lesson. The browser asks for no
 * attachment at all until a placeholder is tapped, and then for that one image only.
 */
describe('Data saver, in Chromium on a phone, in Lao', () => {
  let system: RunningSystem;
  let api: Api;
  let browser: Browser;
  let page: Page;
  let lessonPath: string;
  const photos: string[] = [];
  const problems: string[] = [];
  const requested: string[] = [];


  /** A photo-sized PNG that compresses about as badly as a photo does (so the sizes shown are realistic). */
  function photo(): Promise<Buffer> {
    return sharp(randomBytes(320 * 200 * 3), { raw: { width: 320, height: 200, channels: 3 } })
      .resize({ width: 1600 })
      .png()
      .toBuffer();
  }

  async function publishLesson(): Promise<void> {
    const teacher = await api.login('instructor@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ການໃຊ້ອີເມວຢ່າງມືອາຊີບ', summary: 'ກ່ອງຈົດໝາຍ ແລະ ການຈັດລຽງ', category: 'email', locale: 'lo', level: 'beginner' });
    expect(course.status).toBe(201);
    const module = await api.call<{ id: string }>('POST', `/courses/${course.json.id}/modules`, teacher, { title: 'ພາກທີ 1' });
    const lesson = await api.call<{ id: string }>('POST', `/modules/${module.json.id}/lessons`, teacher, { title: 'ກ່ອງຈົດໝາຍຂອງທ່ານ', markdown: 'ຮ່າງ' });
    expect(lesson.status).toBe(201);
    for (const name of ['inbox.png', 'new-message.png']) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await photo())], { type: 'image/png' }), name);
      const uploaded = await api.call<{ id: string; variants: unknown[] }>('POST', `/lessons/${lesson.json.id}/attachments`, teacher, form);
      expect(uploaded.status).toBe(201);
      expect(uploaded.json.variants).toHaveLength(2);
      photos.push(uploaded.json.id);
    }
    const markdown = [
      '# ກ່ອງຈົດໝາຍຂອງທ່ານ',
      'ເມື່ອເປີດອີເມວ, ທ່ານຈະເຫັນກ່ອງຈົດໝາຍເຂົ້າກ່ອນ.',
      `![ໜ້າກ່ອງຈົດໝາຍເຂົ້າ](/api/v1/attachments/${photos[0]})`,
      'ເບິ່ງວິດີໂອນີ້ ເພື່ອຮຽນຮູ້ວິທີຈັດລຽງອີເມວ:',
      '[ວິທີຈັດລຽງອີເມວ](https://www.youtube.com/watch?v=abcdef123)',
      `![ປຸ່ມຂຽນອີເມວໃໝ່](/api/v1/attachments/${photos[1]})`,
    ].join('\n\n');
    expect((await api.call('PATCH', `/lessons/${lesson.json.id}`, teacher, { markdown })).status).toBe(200);
    expect((await api.call('POST', `/courses/${course.json.id}/publish`, teacher)).status).toBe(200);
    expect((await api.call('POST', `/courses/${course.json.id}/enrol`, await api.login('learner@lane.demo'))).status).toBe(201);
    lessonPath = `/courses/${course.json.id}/lessons/${lesson.json.id}`;
  }

  async function expectNoAxeViolations(): Promise<void> {
    await page.evaluate(axe.source);
    const found = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(found).toEqual([]);
  }

  beforeAll(async () => {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    system = await startSystem();
    api = apiOf(system.baseUrl);
    await publishLesson();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'lo-LA' });
    page = await context.newPage();
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (url.includes(MEDIA) || url.includes('youtube')) requested.push(url);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('turns data saver on in the profile, with the keyboard', async () => {
    await signInInBrowser(page, system.baseUrl, 'learner@lane.demo');
    await page.goto(`${system.baseUrl}/profile`);

    const toggle = page.getByRole('switch', { name: 'ປະຢັດຂໍ້ມູນ' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('lane.dataSaver'))).toBe('on');
    await expectNoAxeViolations();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(SCREENSHOTS, 'profile-data-saver-lo.png') }); // the switch, focused
  });

  it('opens the lesson without fetching any image or video, then loads just the one tapped', async () => {
    await page.goto(`${system.baseUrl}${lessonPath}`);
    const article = page.locator('article');
    await article.getByText('ເມື່ອເປີດອີເມວ').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');

    expect(requested).toEqual([]);
    expect(await article.locator('img, iframe, video, audio, [src]').count()).toBe(0);
    const placeholders = article.getByRole('button');
    expect(await placeholders.allTextContents()).toEqual([
      expect.stringMatching(/^ສະແດງຮູບພາບ \(\d+ kB\)ໜ້າກ່ອງຈົດໝາຍເຂົ້າ$/),
      'ສະແດງວິດີໂອວິທີຈັດລຽງອີເມວ',
      expect.stringMatching(/^ສະແດງຮູບພາບ \(\d+ kB\)ປຸ່ມຂຽນອີເມວໃໝ່$/),
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'lesson-data-saver-lo.png') });

    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes(MEDIA)), placeholders.first().click()]);
    expect(response.status()).toBe(200);
    const image = article.getByRole('img', { name: 'ໜ້າກ່ອງຈົດໝາຍເຂົ້າ' });
    await image.evaluate((img: HTMLImageElement) => img.decode());
    await page.waitForLoadState('networkidle');

    // Exactly that one, at its phone-sized rendition; the video and the other photo still wait.
    expect(requested).toHaveLength(1);
    expect(requested[0]).toContain(`${MEDIA}${photos[0]}?width=480&`);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    expect(await article.getByRole('button').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IMG');
    expect(problems).toEqual([]);
  });
});

import { join } from 'node:path';
import type { Browser, FrameLocator, Page, Response } from 'playwright-core';
import { scormFixtureFiles, scormFixtureZip } from '@lms/server-testing';
import { apiOf, type Api } from './support/api';
import { setNetwork, signInInBrowser, waitForServiceWorker } from './support/browser';
import { launchChromium, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(180_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const DESK = { viewport: { width: 1280, height: 800 }, locale: 'lo-LA' } as const;
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'lo-LA', serviceWorkers: 'allow' } as const;
const COURSE_TITLE = 'ຄວາມປອດໄພທາງດິຈິຕອນ';
const PACKAGE_TITLE = 'Digital safety basics';

interface ScormLaunchView {
  seq: number;
  completed: boolean;
  cmi: { core?: { lesson_status?: string; score?: { raw?: string }; exit?: string }; suspend_data?: string } | null;
}

/**
 * SCORM 1.2 (issue 10) in Chromium, against the built system: an instructor imports the test
 * package (libs/server/testing, scorm-fixture.ts) through the course editor and publishes; a
 * learner on a phone, in Lao, opens it. The package runs on the content origin inside Lane's
 * page, finds scorm-again's API through window.parent, goes to its second step (suspend_data,
 * LMSCommit), and after a reload resumes there; it then reports a score through LMSSetValue and
 * finishes with the network gone: the commit waits on the phone, and completes the course item
 * once the network is back. Its script can reach neither Lane's page nor the learner's token.
 */
describe('A SCORM 1.2 package, in Chromium', () => {
  let system: RunningSystem;
  let browser: Browser;
  let api: Api;
  let page: Page;
  let courseId: string;
  let itemId: string;
  let learnerToken: string;

  /** The SCO's frame: Lane's page › the launcher on the content origin › the SCO. */
  const sco = (): FrameLocator => page.frameLocator('iframe.scorm__frame').frameLocator('iframe');
  const launch = () => api.call<ScormLaunchView>('GET', `/scorm-items/${itemId}`, learnerToken);
  async function serverSees(check: (launch: ScormLaunchView) => boolean): Promise<ScormLaunchView> {
    for (let i = 0; ; i++) {
      const { json } = await launch();
      if (check(json) || i > 100) return json;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    system = await startSystem();
    api = apiOf(system.baseUrl);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('is imported by an instructor in the course editor, and published', async () => {
    const teacher = await api.login('instructor@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: COURSE_TITLE, summary: 'ລະຫັດຜ່ານທີ່ດີ', category: 'cybersecurity', locale: 'lo', level: 'beginner' });
    courseId = course.json.id;
    expect((await api.call('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' })).status).toBe(201);

    const desk = await (await browser.newContext(DESK)).newPage();
    await signInInBrowser(desk, system.baseUrl, 'instructor@lane.demo');
    await desk.goto(`${system.baseUrl}/staff/courses/${courseId}`);
    await desk.getByRole('heading', { level: 1, name: COURSE_TITLE }).waitFor();
    await desk.locator('summary', { hasText: 'ນຳເຂົ້າແພັກເກັດ SCORM' }).click();
    const form = desk.getByTestId('scorm-import');
    await form.locator('input[type="file"]').setInputFiles({ name: 'digital-safety.zip', mimeType: 'application/zip', buffer: await scormFixtureZip() });
    await form.getByTestId('import-scorm').click();
    await form.getByText(`ເພີ່ມ “${PACKAGE_TITLE}” ໃສ່ພາກແລ້ວ.`).waitFor();
    await desk.locator('.staff-outline__items').getByText(PACKAGE_TITLE).waitFor();
    await desk.context().close();

    const draft = await api.call<{ modules: { items: { id: string; kind: string }[] }[] }>('GET', `/courses/${courseId}`, teacher);
    const items = draft.json.modules.flatMap((m) => m.items);
    expect(items.map((i) => i.kind)).toEqual(['scorm']);
    itemId = items[0].id;
    expect((await api.call('POST', `/courses/${courseId}/publish`, teacher)).status).toBe(200);
    learnerToken = await api.login('learner@lane.demo');
    expect((await api.call('POST', `/courses/${courseId}/enrol`, learnerToken)).status).toBe(201);
  });

  it('runs on the content origin, where it reaches neither Lane nor the token, and saves its step', async () => {
    page = await (await browser.newContext(PHONE)).newPage();
    await signInInBrowser(page, system.baseUrl, 'learner@lane.demo');
    await page.goto(`${system.baseUrl}/courses/${courseId}`);
    await page.locator('.course-outline-item', { hasText: PACKAGE_TITLE }).click();
    await page.waitForURL(`${system.baseUrl}/courses/${courseId}/scorm/${itemId}`);
    await page.getByRole('heading', { level: 1, name: PACKAGE_TITLE }).waitFor();

    // The SCO found the API (LMSInitialize answered), and was told who the learner is.
    await sco().locator('#learner').getByText('ນ້ອຍ ແກ້ວມະນີ').waitFor();
    const frame = page.frames().find((f) => f.url().includes('/sco/index.html'))!;
    const laneOrigin = new URL(system.baseUrl).origin;
    expect(new URL(frame.url()).origin).not.toBe(laneOrigin);
    const reach = await frame.evaluate(async (lane) => {
      const blocked = (read: () => unknown) => {
        try {
          read();
          return 'reached';
        } catch {
          return 'blocked';
        }
      };
      const api = await fetch(`${lane}/api/v1/enrolments`, { credentials: 'include' }).then((r) => `status ${r.status}`, () => 'blocked');
      return { top: blocked(() => window.top!.document.title), storage: blocked(() => window.top!.localStorage.length), api };
    }, laneOrigin);
    // Lane's page and its storage are another origin's; a fetch to the API is refused by the CSP (connect-src).
    expect(reach).toEqual({ top: 'blocked', storage: 'blocked', api: 'blocked' });

    await sco().locator('#next').click();
    await sco().locator('#status').getByText('LMSCommit: true').waitFor();
    await page.getByRole('status').getByText('ບັນທຶກໃນລະບົບແລ້ວ.').waitFor();
    const saved = await serverSees((l) => l.cmi?.suspend_data === 'step=2');
    expect(saved.cmi).toMatchObject({ suspend_data: 'step=2', core: { lesson_status: 'incomplete', exit: 'suspend' } });
    expect(saved.completed).toBe(false);
  });

  it('resumes from suspend_data after a reload', async () => {
    await page.reload();
    await sco().locator('#resumed').getByText('Resumed from step 2').waitFor();
    expect(await sco().locator('#step-2').isVisible()).toBe(true);
    expect(await sco().locator('#step-1').isVisible()).toBe(false);
    // What the launcher gave scorm-again: the saved attempt, told to resume, and what the LMS sets.
    const frame = page.frames().find((f) => f.url().includes('/sco/index.html'))!;
    const values = await frame.evaluate(() => {
      const api = (window.parent as unknown as { API: { LMSGetValue(element: string): string } }).API;
      return ['cmi.core.entry', 'cmi.core.credit', 'cmi.core.lesson_mode', 'cmi.student_data.mastery_score', 'cmi.core.lesson_location', 'cmi.core.lesson_status'].map((e) => api.LMSGetValue(e));
    });
    expect(values).toEqual(['resume', 'credit', 'normal', '80', '2', 'incomplete']);
  });

  it('reports a score through LMSSetValue and finishes with no network: the commit waits on the phone', async () => {
    await setNetwork(page, false);
    await sco().locator('#answer-right').check();
    await sco().locator('#submit').click();
    await sco().locator('#result').getByText('Score: 100 – passed').waitFor();
    await page.getByRole('status').getByText('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ: ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ.').waitFor();
    const waiting = await launch();
    expect(waiting.json.completed).toBe(false);
    expect(waiting.json.cmi?.suspend_data).toBe('step=2');
  });

  it('sends the commit once back online, which completes the course item', async () => {
    await setNetwork(page, true);
    await page.getByTestId('scorm-completed').getByText('ທ່ານເຮັດກິດຈະກຳນີ້ສຳເລັດແລ້ວ.').waitFor();
    await page.getByRole('status').getByText('ບັນທຶກໃນລະບົບແລ້ວ.').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Lao"', 'ສຳເລັດ'))).toBe(true);
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'scorm-player-lo.png') });

    const done = await serverSees((l) => l.completed);
    expect(done.completed).toBe(true);
    expect(done.cmi).toMatchObject({ suspend_data: 'step=done', core: { lesson_status: 'passed', score: { raw: '100' } } });
    const course = await api.call<{ enrolment: { completedItemIds: string[]; progressPercent: number } }>('GET', `/courses/${courseId}`, learnerToken);
    expect(course.json.enrolment.completedItemIds).toEqual([itemId]);
    expect(course.json.enrolment.progressPercent).toBe(100);

    // Back on the course page, the outline shows the item done.
    await page.getByTestId('scorm-completed').getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ' }).click();
    await page.locator('.course-outline-item--done', { hasText: PACKAGE_TITLE }).waitFor();
  });

  it('is downloaded with its course, and plays after a reload with no network, its commit kept until the network is back', async () => {
    const size = await api.call<{ bytes: number; lessons: unknown[]; packages: { id: string; bytes: number }[] }>('GET', `/courses/${courseId}/offline`, learnerToken);
    const launchOrigin = new URL((await api.call<{ launchUrl: string }>('GET', `/scorm-items/${itemId}`, learnerToken)).json.launchUrl).origin;
    expect(size.json.packages).toEqual([{ id: itemId, bytes: expect.any(Number) }]);
    expect(size.json.bytes).toBe(size.json.packages[0].bytes);
    await waitForServiceWorker(page);
    const panel = page.getByTestId('offline-panel');
    await panel.getByRole('button', { name: `ດາວໂຫຼດໄວ້ອ່ານອອບລາຍ · ${Math.round(size.json.bytes / 1000)} kB` }).click();
    await panel.locator('.course-offline__state').getByText(/^ດາວໂຫຼດແລ້ວ/).waitFor();

    await setNetwork(page, false);
    const served: string[] = [];
    const onResponse = (r: Response) => {
      if (r.url().startsWith(launchOrigin)) served.push(`${new URL(r.url()).pathname.replace(/^\/(launch|p)\/[^/]+\/[^/]+\//, '/$1/…/')} ${r.fromServiceWorker() ? 'worker' : 'network'}`);
    };
    page.on('response', onResponse);
    await page.goto(`${system.baseUrl}/courses/${courseId}/scorm/${itemId}`);
    await sco().locator('#learner').getByText('ນ້ອຍ ແກ້ວມະນີ').waitFor();
    page.off('response', onResponse);
    // Everything the package needs came from the content origin's worker.
    expect(served.sort()).toEqual(['/_lane/launcher.js worker', '/_lane/scorm12.js worker', '/launch/…/ worker', '/p/…/sco/index.html worker', '/p/…/sco/quiz.js worker', '/p/…/sco/style.css worker']);
    await sco().locator('#next').click();
    await page.getByRole('status').getByText('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ: ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ.').waitFor();
    expect((await launch()).json.cmi?.suspend_data).toBe('step=done');

    await setNetwork(page, true);
    await page.getByRole('status').getByText('ບັນທຶກໃນລະບົບແລ້ວ.').waitFor();
    const synced = await serverSees((l) => l.cmi?.suspend_data === 'step=2');
    // A later visit's commit: the attempt keeps its result, and the item stays done.
    expect(synced.cmi).toMatchObject({ suspend_data: 'step=2', core: { lesson_status: 'passed', score: { raw: '100' } } });
    expect(synced.completed).toBe(true);
  });

  it('completes an asset, a package that never speaks to the runtime, once the learner has opened it', async () => {
    const teacher = await api.login('instructor@lane.demo');
    const course = (await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ເອກະສານອ່ານ', summary: 'ອ່ານ', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json.id;
    const module = (await api.call<{ id: string }>('POST', `/courses/${course}/modules`, teacher, { title: 'ພາກທີ 1' })).json.id;
    const manifest = String(scormFixtureFiles()['imsmanifest.xml']).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await scormFixtureZip({ manifest, files: { 'sco/quiz.js': '/* reads only */' } }))], { type: 'application/zip' }), 'reading.zip');
    const imported = await api.call<{ id: string }>('POST', `/modules/${module}/scorm`, teacher, form);
    expect(imported.status).toBe(201);
    expect((await api.call('POST', `/courses/${course}/publish`, teacher)).status).toBe(200);
    expect((await api.call('POST', `/courses/${course}/enrol`, learnerToken)).status).toBe(201);

    await page.goto(`${system.baseUrl}/courses/${course}/scorm/${imported.json.id}`);
    await sco().locator('#step-1').waitFor();
    await page.getByTestId('scorm-completed').getByText('ທ່ານເຮັດກິດຈະກຳນີ້ສຳເລັດແລ້ວ.').waitFor();
    const enrolment = await api.call<{ enrolment: { completedItemIds: string[]; progressPercent: number } }>('GET', `/courses/${course}`, learnerToken);
    expect(enrolment.json.enrolment).toMatchObject({ completedItemIds: [imported.json.id], progressPercent: 100 });
  });

  it('plays the demo data\'s Lao package, its Lao text shown', async () => {
    const catalogue = await api.call<{ items: { id: string; slug: string }[] }>('GET', '/courses?category=cybersecurity&locale=lo&pageSize=50', learnerToken);
    const demo = catalogue.json.items.find((c) => c.slug === 'cybersecurity-awareness-lo')!;
    const detail = await api.call<{ modules: { items: { id: string; kind: string; title: string }[] }[] }>('GET', `/courses/${demo.id}`, learnerToken);
    const item = detail.json.modules.flatMap((m) => m.items).find((i) => i.kind === 'scorm')!;
    expect(item.title).toBe('ຝຶກເລືອກລະຫັດຜ່ານທີ່ແຂງແຮງ');
    expect([201, 200, 409]).toContain((await api.call('POST', `/courses/${demo.id}/enrol`, learnerToken)).status);

    await page.goto(`${system.baseUrl}/courses/${demo.id}/scorm/${item.id}`);
    await sco().locator('#learner').getByText('ນ້ອຍ ແກ້ວມະນີ').waitFor();
    await sco().locator('#next').click();
    await sco().locator('#answer-right').check();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.locator('iframe.scorm__frame').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'scorm-demo-lo.png') });
  });
});

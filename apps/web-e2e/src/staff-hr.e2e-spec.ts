import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { seriousViolations } from './support/axe';
import { signInInBrowser } from './support/browser';
import { launchChromium, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(120_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const DESK = { viewport: { width: 1280, height: 900 }, locale: 'lo-LA', acceptDownloads: true } as const;
const COURSE = 'ການໃຊ້ອີເມວຢ່າງປອດໄພ';

interface OrgNode {
  id: string;
  code: string;
  children: OrgNode[];
}
const find = (nodes: OrgNode[], code: string): OrgNode | undefined => nodes.map((n) => (n.code === code ? n : find(n.children, code))).find(Boolean);

/**
 * Flow 2 of issue 9: an HR manager of the Ministry of Finance assigns a published course to the
 * Budget Department, sees beforehand how many people it will enrol, and exports the completions,
 * which hold the department's people and nobody else's.
 */
describe('Assigning a course and exporting its completions, in Chromium', () => {
  let system: RunningSystem;
  let browser: Browser;
  let api: Api;
  let courseId: string;
  let lessonId: string;

  beforeAll(async () => {
    system = await startSystem();
    api = apiOf(system.baseUrl);
    browser = await launchChromium();
    const teacher = await api.login('instructor@lane.demo');
    courseId = (await api.call<{ id: string }>('POST', '/courses', teacher, { title: COURSE, summary: 'ຫຼັກການພື້ນຖານ', category: 'email', locale: 'lo', level: 'beginner' })).json.id;
    const moduleId = (await api.call<{ id: string }>('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' })).json.id;
    lessonId = (await api.call<{ id: string }>('POST', `/modules/${moduleId}/lessons`, teacher, { title: 'ບົດທີ 1', markdown: 'ກວດເບິ່ງຜູ້ສົ່ງກ່ອນເປີດລິ້ງ.' })).json.id;
    expect((await api.call('POST', `/courses/${courseId}/publish`, teacher)).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('assigns the course to a department after a count of whom it will enrol, then exports the completions', async () => {
    const hr = await api.login('hr@lane.demo');
    const budget = find((await api.call<OrgNode[]>('GET', '/org-units', hr)).json, 'MOF-BUD')!;
    const people = (await api.call<{ total: number }>('GET', `/users?orgUnitId=${budget.id}&pageSize=100`, hr)).json.total;
    expect(people).toBeGreaterThan(1);
    const rulesBefore = (await api.call<{ total: number }>('GET', '/assignments', hr)).json.total;

    const page = await (await browser.newContext(DESK)).newPage();
    await signInInBrowser(page, system.baseUrl, 'hr@lane.demo');
    await page.getByTestId('staff-link').click();
    await page.getByRole('heading', { level: 1, name: 'ໜ້າວຽກພະນັກງານ' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'ເມນູພະນັກງານ' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['ການມອບໝາຍຫຼັກສູດ', 'ສົ່ງອອກລາຍງານ', 'ກັບໄປໜ້າຮຽນ']);
    await menu.getByRole('link', { name: 'ການມອບໝາຍຫຼັກສູດ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ການມອບໝາຍຫຼັກສູດ' }).waitFor();
    await page.getByTestId('new-assignment').click();

    const form = page.getByTestId('assignment-form');
    const preview = form.getByTestId('assignment-preview');
    await preview.getByText('ເລືອກຫຼັກສູດ ແລະ ໜ່ວຍງານ ເພື່ອເບິ່ງວ່າຈະລົງທະບຽນຈັກຄົນ.').waitFor();
    await form.getByLabel('ຫຼັກສູດ', { exact: true }).selectOption({ label: COURSE });
    await form.getByLabel('ໜ່ວຍງານ (ລວມທັງໜ່ວຍງານຂັ້ນລຸ່ມ)').selectOption(budget.id);
    // A past or missing date is refused before anything is sent.
    await form.getByRole('button', { name: 'ມອບໝາຍຫຼັກສູດ' }).click();
    await form.getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.').waitFor();
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('ກຳນົດສົ່ງວັນທີ').fill(due);
    expect(await form.getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.').count()).toBe(0);
    // The server's count, before anything is written: everyone in the department and its division.
    await preview.getByText(`ຈະລົງທະບຽນ ${people} ຄົນດຽວນີ້.`, { exact: false }).waitFor();
    expect((await api.call<{ total: number }>('GET', '/assignments', hr)).json.total).toBe(rulesBefore);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-assign-lo.png') });
    await page.setViewportSize(DESK.viewport);

    await form.getByRole('button', { name: 'ມອບໝາຍຫຼັກສູດ' }).click();
    await page.getByText(`ມອບໝາຍ “${COURSE}” ແລ້ວ: ລົງທະບຽນ ${people} ຄົນ, 0 ຄົນມີຢູ່ແລ້ວ.`).waitFor();
    const row = page.getByTestId('assignments').locator('tbody tr', { hasText: COURSE });
    await row.getByText(`0 ຈາກ ${people}`).waitFor();
    expect(await row.innerText()).toContain('ກົມງົບປະມານ');
    // The learner of that department now has it, mandatory and due on that day.
    const learner = await api.login('learner@lane.demo');
    const mine = (await api.call<{ course: { id: string }; mandatory: boolean; dueAt: string }[]>('GET', '/me/enrolments', learner)).json.find((e) => e.course.id === courseId);
    expect(mine).toMatchObject({ mandatory: true });
    expect(mine!.dueAt.slice(0, 10)).toBe(due);
    // …and completes it, so that the export has a completion in it.
    expect((await api.call('POST', `/lessons/${lessonId}/complete`, learner)).status).toBe(201);

    await menu.getByRole('link', { name: 'ສົ່ງອອກລາຍງານ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ສົ່ງອອກລາຍງານ' }).waitFor();
    const exportForm = page.getByTestId('export-form');
    await exportForm.getByLabel('ລາຍງານ', { exact: true }).selectOption('completions');
    await exportForm.getByLabel('ໜ່ວຍງານ', { exact: true }).selectOption(budget.id);
    await exportForm.getByLabel('ຫຼັກສູດ (ບໍ່ບັງຄັບ)').selectOption({ label: COURSE });
    await exportForm.getByLabel('ໄຟລ໌').selectOption('csv');
    await exportForm.getByRole('button', { name: 'ສ້າງລາຍງານ' }).click();
    await page.getByText('ກຳລັງສ້າງລາຍງານ.', { exact: false }).waitFor();
    // The list follows the worker until the file is ready, and says so.
    await page.getByText('ລາຍງານການສຳເລັດຂອງທ່ານພ້ອມດາວໂຫຼດແລ້ວ.').waitFor({ timeout: 60_000 });
    const ready = page.getByTestId('exports').locator('tbody tr[data-status="done"]').first();
    expect(await ready.innerText()).toContain(`${people} ແຖວ`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-exports-lo.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), ready.getByRole('button', { name: 'ດາວໂຫຼດ', exact: false }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lane-completions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(people + 1);
    const done = lines.find((l) => l.includes('ນ້ອຍ ແກ້ວມະນີ'));
    expect(done).toContain(COURSE);
    expect(done).toContain('ສຳເລັດແລ້ວ');
    // Nobody from outside the department: the Tax Department's learner is not in it.
    expect(csv).not.toContain('Somsack Inthavong');
  });
});

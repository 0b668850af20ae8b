import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
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
    expect(await menu.getByRole('link').allTextContents()).toEqual(['ໜ້າສະຫຼຸບຂໍ້ມູນ', 'ການມອບໝາຍຫຼັກສູດ', 'ພະນັກງານ', 'ສົ່ງອອກລາຍງານ', 'ກັບໄປໜ້າຮຽນ']);
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

  it('finds a person of the department, reminds them of the course, and imports people from CSV after fixing a bad line', async () => {
    const hr = await api.login('hr@lane.demo');
    const budget = find((await api.call<OrgNode[]>('GET', '/org-units', hr)).json, 'MOF-BUD')!;
    type Person = { id: string; email: string; displayName: string };
    const people = (await api.call<{ items: Person[] }>('GET', `/users?orgUnitId=${budget.id}&pageSize=100`, hr)).json.items;
    // Someone the first test enrolled who has not finished the course.
    const unfinished: Person[] = [];
    for (const p of people) {
      const courses = (await api.call<{ course: { id: string }; completedAt: string | null }[]>('GET', `/users/${p.id}/enrolments`, hr)).json;
      if (courses.some((e) => e.course.id === courseId && !e.completedAt)) unfinished.push(p);
    }
    const person = unfinished[0]!;

    const page = await (await browser.newContext(DESK)).newPage();
    await signInInBrowser(page, system.baseUrl, 'hr@lane.demo');
    await page.goto(`${system.baseUrl}/staff/users`);
    await page.getByRole('heading', { level: 1, name: 'ພະນັກງານ' }).waitFor();
    await page.getByLabel('ຊອກຫາຕາມຊື່, ອີເມວ ຫຼື ລະຫັດພະນັກງານ').fill(person.email);
    await page.getByText('1 ຄົນ').waitFor();
    await page.getByRole('button', { name: `ເປີດ ຂໍ້ມູນຂອງ ${person.displayName}` }).click();
    const courses = page.getByTestId('user-enrolments');
    await courses.getByRole('button', { name: `ແຈ້ງເຕືອນ ກ່ຽວກັບ ${COURSE}` }).click();
    await page.getByText(`ສົ່ງການແຈ້ງເຕືອນເຖິງ ${person.displayName} ກ່ຽວກັບ ${COURSE} ແລ້ວ.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-users-lo.png'), fullPage: true });
    // A second reminder the same day is refused, and the person has exactly one.
    const again = await api.call<{ details: { code: string }[] }>('POST', `/users/${person.id}/reminders`, hr, { courseId });
    expect([again.status, again.json.details[0]?.code]).toEqual([409, 'enrolments.reminded-today']);
    const theirs = (await api.call<{ items: { kind: string; courseId: string }[] }>('GET', '/me/notifications?pageSize=100', await api.login(person.email))).json.items;
    expect(theirs.filter((n) => n.courseId === courseId && n.kind === 'due_soon')).toHaveLength(1);

    // A CSV with one bad line: nothing is written, the line is named; fixed, it goes in.
    await page.getByLabel('ຊອກຫາຕາມຊື່, ອີເມວ ຫຼື ລະຫັດພະນັກງານ').fill('');
    await page.getByTestId('import-users').click();
    const form = page.getByTestId('users-import');
    const csv = (second: string) => Buffer.from(`email,displayName,employeeId,orgUnitCode,position,locale\nkhamla.s@mof.gov.la,ຄຳຫຼ້າ ສີສະຫວັດ,,MOF-BUD,Budget officer,lo\n${second}\n`);
    await form.getByLabel('ເລືອກໄຟລ໌ CSV').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: csv('vanh.p@mof,ວັນ ພົມມະຈັນ,,MOF-BUD,Clerk,lo') });
    await form.getByRole('button', { name: 'ນຳເຂົ້າ' }).click();
    const problems = form.getByTestId('import-errors');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^3\s+email\s+/)]);
    expect((await api.call<{ total: number }>('GET', '/users?q=khamla.s', hr)).json.total).toBe(0);
    await form.getByLabel('ເລືອກໄຟລ໌ CSV').setInputFiles({ name: 'people-fixed.csv', mimeType: 'text/csv', buffer: csv('vanh.p@mof.gov.la,ວັນ ພົມມະຈັນ,,MOF-BUD,Clerk,lo') });
    await form.getByRole('button', { name: 'ນຳເຂົ້າ' }).click();
    await page.getByText('ນຳເຂົ້າແລ້ວ: ເພີ່ມໃໝ່ 2 ຄົນ, ປັບປຸງ 0 ຄົນ.').waitFor();
    for (const q of ['khamla.s', 'vanh.p']) expect((await api.call<{ items: { orgUnitId: string }[] }>('GET', `/users?q=${q}`, hr)).json.items).toEqual([expect.objectContaining({ orgUnitId: budget.id })]);
  });

  it('shows the ministry on the dashboard, drills down to the department, and lists who is overdue there', async () => {
    const hr = await api.login('hr@lane.demo');
    const budget = find((await api.call<OrgNode[]>('GET', '/org-units', hr)).json, 'MOF-BUD')!;
    // Time passes for one person of the department: their due date is now behind them.
    const db = new Client({ connectionString: system.db.url });
    await db.connect();
    const [late] = (
      await db.query<{ displayName: string }>(
        `UPDATE enrolments e SET due_at = now() - interval '3 days' FROM users u
          WHERE u.id = e.user_id AND e.course_id = $1 AND e.completed_at IS NULL
            AND e.user_id = (SELECT user_id FROM enrolments WHERE course_id = $1 AND completed_at IS NULL ORDER BY user_id LIMIT 1)
          RETURNING u.display_name AS "displayName"`,
        [courseId],
      )
    ).rows;
    await db.end();

    const page = await (await browser.newContext(DESK)).newPage();
    await signInInBrowser(page, system.baseUrl, 'hr@lane.demo');
    await page.goto(`${system.baseUrl}/staff/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'ໜ້າສະຫຼຸບຂໍ້ມູນ' }).waitFor();
    await page.getByTestId('headline').waitFor();
    await page.getByTestId('unit-bars').getByRole('link', { name: /ກົມງົບປະມານ/ }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === budget.id);
    const overdue = page.getByTestId('overdue');
    await overdue.getByText(late!.displayName).waitFor();
    expect(await overdue.innerText()).toContain(COURSE);
    await page.getByTestId('skills-chart').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // A tall window rather than fullPage, which would draw the sticky top bar halfway down.
    await page.setViewportSize({ width: 1280, height: 1750 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-dashboard-lo.png') });
    await page.setViewportSize(DESK.viewport);
    // Back up the tree with the browser's own back button.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('unit') !== budget.id);
    await page.getByTestId('unit-bars').getByRole('link', { name: /ກົມງົບປະມານ/ }).waitFor();
  });
});

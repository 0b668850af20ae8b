import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { seriousViolations } from './support/axe';
import { signInInBrowser } from './support/browser';
import { launchChromium, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(120_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
/** An instructor's desk. */
const DESK = { viewport: { width: 1280, height: 800 }, locale: 'lo-LA' } as const;

/**
 * The staff app (issue 9), its own page at /staff, against the built system: an instructor goes
 * there from the learner app, sees the screens of their role, lists their courses and creates one;
 * a learner is refused; and a learner's pages never load any of the staff app's code.
 */
describe('The staff area, in Chromium', () => {
  let system: RunningSystem;
  let browser: Browser;
  let api: Api;

  beforeAll(async () => {
    system = await startSystem();
    api = apiOf(system.baseUrl);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function deskPage(): Promise<{ page: Page; requests: string[] }> {
    const page = await (await browser.newContext(DESK)).newPage();
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
    return { page, requests };
  }

  it('takes an instructor from the learner app to their courses, and creates a draft there', async () => {
    const { page } = await deskPage();
    await signInInBrowser(page, system.baseUrl, 'instructor@lane.demo');
    await page.getByTestId('staff-link').click();
    await page.getByRole('heading', { level: 1, name: 'ໜ້າວຽກພະນັກງານ' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'ເມນູພະນັກງານ' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['ຫຼັກສູດຂອງຂ້ອຍ', 'ການໃຫ້ຄະແນນ', 'ກັບໄປໜ້າຮຽນ']);
    expect(await seriousViolations(page)).toEqual([]);

    await menu.getByRole('link', { name: 'ຫຼັກສູດຂອງຂ້ອຍ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ຫຼັກສູດຂອງຂ້ອຍ' }).waitFor();
    expect(await page.title()).toBe('ຫຼັກສູດຂອງຂ້ອຍ · Lane');
    // The demo instructor's published starter courses.
    await page.getByRole('button', { name: 'ເຜີຍແຜ່ແລ້ວ' }).click();
    const published = await api.call<{ total: number }>('GET', '/courses?mine=true&status=published', await api.login('instructor@lane.demo'));
    expect(await page.getByTestId('my-courses').locator('tbody tr').count()).toBe(published.json.total);

    // A new draft: the title is required, then it is created and listed.
    await page.getByTestId('new-course').click();
    const form = page.getByTestId('new-course-form');
    await form.getByRole('button', { name: 'ສ້າງຫຼັກສູດ' }).click();
    await form.getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.').waitFor();
    await form.getByLabel('ຊື່ຫຼັກສູດ').fill('ການໃຊ້ AI ຢ່າງມີຄວາມຮັບຜິດຊອບ');
    await form.getByLabel('ສະຫຼຸບສັ້ນ', { exact: false }).fill('ຫຼັກການ ແລະ ຕົວຢ່າງສຳລັບພະນັກງານລັດ');
    await form.getByLabel('ໝວດ').selectOption('ai');
    await form.getByLabel('ເວລາຮຽນໂດຍປະມານ (ນາທີ)').fill('45');
    await form.getByRole('button', { name: 'ສ້າງຫຼັກສູດ' }).click();
    await page.getByText('ສ້າງຫຼັກສູດ “ການໃຊ້ AI ຢ່າງມີຄວາມຮັບຜິດຊອບ” ແລ້ວ (ສະບັບຮ່າງ).').waitFor();
    expect(await page.getByRole('button', { name: 'ສະບັບຮ່າງ' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('my-courses').getByRole('link', { name: 'ການໃຊ້ AI ຢ່າງມີຄວາມຮັບຜິດຊອບ' }).waitFor();
    const drafts = await api.call<{ items: { title: string; category: string; estimatedMinutes: number; status: string }[] }>('GET', '/courses?mine=true&status=draft', await api.login('instructor@lane.demo'));
    expect(drafts.json.items).toContainEqual(expect.objectContaining({ title: 'ການໃຊ້ AI ຢ່າງມີຄວາມຮັບຜິດຊອບ', category: 'ai', estimatedMinutes: 45, status: 'draft' }));
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-courses-lo.png') });

    // A reload deep in the staff app stays in it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ຫຼັກສູດຂອງຂ້ອຍ' }).waitFor();

    // The editor: nothing to publish yet; two modules, a lesson in the second, then the modules swapped.
    await page.getByTestId('my-courses').getByRole('link', { name: 'ການໃຊ້ AI ຢ່າງມີຄວາມຮັບຜິດຊອບ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ການໃຊ້ AI ຢ່າງມີຄວາມຮັບຜິດຊອບ' }).waitFor();
    expect(await page.getByTestId('publish-state').textContent()).toBe('ສະບັບຮ່າງ: ຜູ້ຮຽນຍັງບໍ່ເຫັນຫຼັກສູດນີ້.');
    await page.getByTestId('publish').click();
    // Publishing asks first, with what changes for learners: here, a first publish of nothing.
    await page.getByTestId('publish-summary').getByText('ນີ້ແມ່ນການເຜີຍແຜ່ຄັ້ງທຳອິດ: ຜູ້ຮຽນຈະເຫັນທຸກຢ່າງລຸ່ມນີ້.').waitFor();
    await page.getByTestId('publish-confirm-yes').click();
    await page.getByText('ກະລຸນາເພີ່ມບົດຮຽນ ຫຼື ແບບທົດສອບຢ່າງໜ້ອຍໜຶ່ງລາຍການ ກ່ອນເຜີຍແຜ່.').waitFor();

    const addModule = async (title: string) => {
      const card = page.locator('.card', { has: page.getByRole('heading', { level: 3, name: 'ເພີ່ມພາກ' }) });
      await card.getByLabel('ຊື່ພາກ').fill(title);
      await card.getByRole('button', { name: 'ເພີ່ມພາກ' }).click();
      await page.getByRole('heading', { level: 3, name: new RegExp(title) }).waitFor();
    };
    await addModule('ຄວາມຮູ້ພື້ນຖານ');
    await addModule('ການນຳໃຊ້ໃນວຽກງານ');
    const second = page.locator('.staff-outline__module', { has: page.getByText('ການນຳໃຊ້ໃນວຽກງານ') });
    await second.getByText('ເພີ່ມບົດຮຽນ', { exact: true }).first().click();
    await second.getByLabel('ຊື່ບົດຮຽນ').fill('AI ແມ່ນຫຍັງ');
    await second.getByLabel('ເນື້ອໃນ (Markdown)').fill('# AI ແມ່ນຫຍັງ\n\nປັນຍາປະດິດ **ຊ່ວຍ** ວຽກງານ.');
    await second.getByRole('button', { name: 'ເພີ່ມບົດຮຽນ' }).click();
    await second.getByText('AI ແມ່ນຫຍັງ', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'ຍ້າຍ “ການນຳໃຊ້ໃນວຽກງານ” ຂຶ້ນ' }).click();
    await page.waitForFunction(() => document.querySelector('.staff-outline__module .card__title')?.textContent?.includes('ການນຳໃຊ້ໃນວຽກງານ'));
    // The refused publish no longer stands once the outline changed.
    expect(await page.getByText('ກະລຸນາເພີ່ມບົດຮຽນ ຫຼື ແບບທົດສອບຢ່າງໜ້ອຍໜຶ່ງລາຍການ ກ່ອນເຜີຍແຜ່.').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-course-editor-lo.png') });

    await page.getByTestId('publish').click();
    await page.getByTestId('publish-summary').getByText('ຍັງບໍ່ມີຜູ້ຮຽນລົງທະບຽນ.').waitFor();
    expect(await page.getByTestId('publish-summary').innerText()).toContain('AI ແມ່ນຫຍັງ');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('publish-confirm-yes').click();
    await page.getByTestId('publish-state').getByText('ຜູ້ຮຽນເຫັນສະບັບລ່າສຸດແລ້ວ.').waitFor();
    const courseId = new URL(page.url()).pathname.split('/').pop()!;
    const live = await api.call<{ status: string; modules: { title: string; position: number; items: { title: string }[] }[] }>('GET', `/courses/${courseId}`, await api.login('learner@lane.demo'));
    expect(live.json.status).toBe('published');
    expect([...live.json.modules].sort((a, b) => a.position - b.position).map((m) => [m.title, m.items.map((i) => i.title)])).toEqual([
      ['ການນຳໃຊ້ໃນວຽກງານ', ['AI ແມ່ນຫຍັງ']],
      ['ຄວາມຮູ້ພື້ນຖານ', []],
    ]);
  });

  it('imports GIFT with one bad question: shows the line, imports nothing, then all once fixed; adds the quiz and publishes', async () => {
    const teacher = await api.login('instructor@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ອີເມວຢ່າງປອດໄພ', summary: 'ຮູ້ຈັກອີເມວຫຼອກລວງ', category: 'email', locale: 'lo', level: 'beginner' });
    const module = await api.call<{ id: string }>('POST', `/courses/${course.json.id}/modules`, teacher, { title: 'ພາກທີ 1' });
    expect((await api.call('POST', `/modules/${module.json.id}/lessons`, teacher, { title: 'ອີເມວຫຼອກລວງ', markdown: 'ກວດທີ່ຢູ່ຜູ້ສົ່ງທຸກຄັ້ງ.' })).status).toBe(201);

    const { page } = await deskPage();
    await signInInBrowser(page, system.baseUrl, 'instructor@lane.demo');
    await page.goto(`${system.baseUrl}/staff/courses/${course.json.id}`);
    await page.getByRole('heading', { level: 1, name: 'ອີເມວຢ່າງປອດໄພ' }).waitFor();

    const newBank = page.locator('.card', { has: page.getByRole('heading', { level: 3, name: 'ສ້າງຄັງຄຳຖາມ' }) });
    await newBank.getByLabel('ຊື່ຄັງຄຳຖາມ').fill('ຄຳຖາມອີເມວ');
    await newBank.getByRole('button', { name: 'ສ້າງຄັງຄຳຖາມ' }).click();
    const bank = page.getByTestId('question-bank');
    await bank.getByText('0 ຄຳຖາມ', { exact: true }).waitFor();

    const good = ['::ຜູ້ສົ່ງ:: ກ່ອນກົດລິ້ງ ຄວນກວດຫຍັງ? {=ທີ່ຢູ່ຜູ້ສົ່ງ ~ສີຂອງອີເມວ ~ຂະໜາດຕົວອັກສອນ}', '', 'ອີເມວທີ່ຂໍລະຫັດຜ່ານດ່ວນ ມັກເປັນອີເມວຫຼອກລວງ. {T}'];
    const text = bank.getByLabel('ຄຳຖາມ (ວາງຂໍ້ຄວາມ ຫຼື ເລືອກໄຟລ໌)');
    // The third question never closes its answer block.
    await text.fill([...good, '', '::ລິ້ງ:: ລິ້ງທີ່ປອດໄພຂຶ້ນຕົ້ນດ້ວຍ? {=https ~http'].join('\n'));
    await bank.getByRole('button', { name: 'ນຳເຂົ້າ' }).click();
    await bank.getByText('ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເທື່ອ: ກະລຸນາແກ້ໄຂແຖວລຸ່ມນີ້ ແລ້ວລອງໃໝ່.').waitFor();
    expect(await bank.getByTestId('import-errors').locator('li').allTextContents()).toEqual([expect.stringMatching(/^ແຖວ 5: /)]);
    const banks = await api.call<{ items: { id: string; questionCount: number }[] }>('GET', `/question-banks?courseId=${course.json.id}`, teacher);
    expect(banks.json.items.map((b) => b.questionCount)).toEqual([0]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-gift-errors-lo.png') });

    // Fixed in the same box: all three go in.
    await text.fill([...good, '', '::ລິ້ງ:: ລິ້ງທີ່ປອດໄພຂຶ້ນຕົ້ນດ້ວຍ? {=https ~http}'].join('\n'));
    await bank.getByRole('button', { name: 'ນຳເຂົ້າ' }).click();
    await bank.getByText('ນຳເຂົ້າ 3 ຄຳຖາມແລ້ວ.').waitFor();
    await bank.getByText('3 ຄຳຖາມ', { exact: true }).waitFor();

    // A question as the learner will see it (no answer key in the page), and its editor.
    await bank.locator('summary', { hasText: /^ຄຳຖາມ$/ }).click();
    await bank.getByRole('button', { name: 'ເບິ່ງຕົວຢ່າງຂອງ “ຜູ້ສົ່ງ”' }).click();
    const row = bank.getByTestId('question-row').filter({ hasText: 'ຜູ້ສົ່ງ' });
    await row.getByRole('radio', { name: 'ທີ່ຢູ່ຜູ້ສົ່ງ' }).waitFor();
    expect(await row.getByRole('radio').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-question-preview-lo.png') });
    await bank.getByRole('button', { name: 'ແກ້ໄຂ “ຜູ້ສົ່ງ”' }).click();
    await row.getByRole('textbox').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The quiz, drawing from that bank, in the module; then publish.
    const moduleCard = page.locator('.staff-outline__module');
    await moduleCard.getByText('ເພີ່ມແບບທົດສອບ', { exact: true }).first().click();
    await moduleCard.getByLabel('ຊື່ແບບທົດສອບ').fill('ແບບທົດສອບອີເມວ');
    await moduleCard.getByRole('button', { name: 'ເພີ່ມແບບທົດສອບ' }).click();
    await moduleCard.getByText('ແບບທົດສອບອີເມວ', { exact: true }).waitFor();
    // Its settings: a higher pass mark.
    await moduleCard.getByRole('button', { name: 'ການຕັ້ງຄ່າຂອງ “ແບບທົດສອບອີເມວ”' }).click();
    const settings = page.getByTestId('quiz-settings-form');
    await settings.getByLabel('ຄະແນນຜ່ານ (%)').fill('80');
    expect(await seriousViolations(page)).toEqual([]);
    await settings.getByRole('button', { name: 'ບັນທຶກການຕັ້ງຄ່າ' }).click();
    await page.getByText('ບັນທຶກການຕັ້ງຄ່າຂອງ “ແບບທົດສອບອີເມວ” ແລ້ວ.').waitFor();
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm-yes').click();
    await page.getByTestId('publish-state').getByText('ຜູ້ຮຽນເຫັນສະບັບລ່າສຸດແລ້ວ.').waitFor();

    const learner = await api.login('learner@lane.demo');
    const live = await api.call<{ status: string; modules: { items: { id: string; kind: string; title: string }[] }[] }>('GET', `/courses/${course.json.id}`, learner);
    expect(live.json.status).toBe('published');
    const quiz = live.json.modules[0].items.find((i) => i.kind === 'quiz')!;
    expect(quiz.title).toBe('ແບບທົດສອບອີເມວ');
    expect((await api.call('POST', `/courses/${course.json.id}/enrol`, learner)).status).toBe(201);
    const mine = await api.call<{ questionCount: number; passPercent: number }>('GET', `/quizzes/${quiz.id}/me`, learner);
    expect(mine.json).toMatchObject({ questionCount: 3, passPercent: 80 });
  });

  it('edits a lesson beside the preview learners will get, sanitised by the server, with a picture uploaded into the text', async () => {
    const teacher = await api.login('instructor@lane.demo');
    const courseId = (await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ຄວາມປອດໄພຂອງຂໍ້ມູນ', summary: 'ພື້ນຖານ', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json.id;
    const moduleId = (await api.call<{ id: string }>('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' })).json.id;
    const lessonId = (await api.call<{ id: string }>('POST', `/modules/${moduleId}/lessons`, teacher, { title: 'ລະຫັດຜ່ານ', markdown: 'ຮ່າງ' })).json.id;

    const { page } = await deskPage();
    await signInInBrowser(page, system.baseUrl, 'instructor@lane.demo');
    await page.goto(`${system.baseUrl}/staff/courses/${courseId}`);
    await page.getByRole('link', { name: 'ລະຫັດຜ່ານ', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ແກ້ໄຂບົດຮຽນ' }).waitFor();
    const form = page.getByTestId('lesson-form');
    const text = form.getByLabel('ເນື້ອໃນ (Markdown)');
    await text.fill('## ລະຫັດຜ່ານທີ່ດີ\n\n<script>window.hacked = true</script>\n\n- ຍາວຢ່າງໜ້ອຍ 12 ຕົວ\n- ບໍ່ໃຊ້ຊ້ຳ\n\n');
    const preview = page.getByTestId('lesson-preview');
    await preview.getByRole('heading', { level: 2, name: 'ລະຫັດຜ່ານທີ່ດີ' }).waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { hacked?: boolean }).hacked)).toBeUndefined();
    // A picture goes up and into the text where the cursor is, and the preview shows it.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await text.press('End');
    await form.getByLabel('ເພີ່ມຮູບພາບ').setInputFiles({ name: 'lock.png', mimeType: 'image/png', buffer: png });
    await page.getByText('ເພີ່ມຮູບ “lock.png” ໃສ່ເນື້ອໃນແລ້ວ.').waitFor();
    expect(await text.inputValue()).toMatch(/!\[[^\]]*\]\([^)]+\)/);
    await preview.locator('img').first().waitFor();
    await page.getByTestId('lesson-weight').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-lesson-editor-lo.png') });

    await page.getByTestId('save-lesson').click();
    await page.getByText('ບັນທຶກບົດຮຽນແລ້ວ.').waitFor();
    const saved = (await api.call<{ html: string; markdown: string; attachments: unknown[] }>('GET', `/lessons/${lessonId}`, teacher)).json;
    expect(saved.html).toContain('ລະຫັດຜ່ານທີ່ດີ</h2>');
    expect(saved.html).not.toContain('<script');
    expect(saved.html).toContain('<img');
    expect(saved.attachments).toHaveLength(1);
  });

  it('lets an admin add an org unit, change a skills target, read both in the audit log, and check the job pipeline', async () => {
    const { page } = await deskPage();
    await signInInBrowser(page, system.baseUrl, 'admin@lane.demo');
    await page.goto(`${system.baseUrl}/staff`);
    const menu = page.getByRole('navigation', { name: 'ເມນູພະນັກງານ' });
    await menu.getByRole('link', { name: 'ການບໍລິຫານລະບົບ' }).click();
    const tabs = page.getByRole('navigation', { name: 'ພາກສ່ວນຂອງການບໍລິຫານລະບົບ' });
    await tabs.getByRole('link', { name: 'ຄິວວຽກ' }).waitFor();
    expect(await tabs.getByRole('link').allTextContents()).toEqual(['ໜ່ວຍງານ', 'ໃບຢັ້ງຢືນ', 'ເປົ້າໝາຍທັກສະ', 'ບັນທຶກການກວດສອບ', 'ຄິວວຽກ', 'ລະບົບທີ່ເຊື່ອມຕໍ່ xAPI']);

    // A new division under the Budget Department.
    await page.getByRole('button', { name: 'ເພີ່ມໜ່ວຍງານຂັ້ນລຸ່ມຂອງ ກົມງົບປະມານ' }).click();
    const form = page.getByTestId('org-unit-form');
    await form.getByLabel('ລະຫັດ').fill('mof bud');
    await form.getByRole('button', { name: 'ເພີ່ມໜ່ວຍງານ' }).click();
    await form.getByText('ໃຊ້ຕົວອັກສອນລາຕິນໂຕໃຫຍ່, ຕົວເລກ, - ຫຼື _ ແຕ່ 2 ຫາ 64 ຕົວ, ເລີ່ມດ້ວຍຕົວອັກສອນ ຫຼື ຕົວເລກ.').waitFor();
    await form.getByLabel('ລະຫັດ').fill('MOF-BUD-AUDIT');
    await form.getByLabel('ຊື່ເປັນພາສາລາວ').fill('ພະແນກກວດສອບງົບປະມານ');
    await form.getByLabel('ຊື່ເປັນພາສາອັງກິດ').fill('Budget Audit Division');
    await form.getByRole('button', { name: 'ເພີ່ມໜ່ວຍງານ' }).click();
    await page.getByText('ເພີ່ມ “ພະແນກກວດສອບງົບປະມານ” ເຂົ້າໃນໂຄງສ້າງແລ້ວ.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-admin-org-units-lo.png') });

    // A skills target, as a percentage.
    await tabs.getByRole('link', { name: 'ເປົ້າໝາຍທັກສະ' }).click();
    const targets = page.getByTestId('skills-targets');
    const safety = targets.getByLabel('ເປົ້າໝາຍ ຄວາມປອດໄພ (%)');
    await safety.fill('85');
    await targets.getByRole('button', { name: 'ບັນທຶກເປົ້າໝາຍ' }).click();
    await page.getByText('ບັນທຶກເປົ້າໝາຍແລ້ວ.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const admin = await api.login('admin@lane.demo');
    const saved = (await api.call<{ area: string; targetShare: number }[]>('GET', '/reports/skills/targets', admin)).json;
    expect(saved.find((t) => t.area === 'safety')?.targetShare).toBeCloseTo(0.85);

    // A person's certificates, found by name (the demo learner has none yet).
    await tabs.getByRole('link', { name: 'ໃບຢັ້ງຢືນ' }).click();
    await page.getByLabel('ຊອກຫາບຸກຄົນ').fill('ນ້ອຍ');
    await page.getByRole('button', { name: 'ນ້ອຍ ແກ້ວມະນີ' }).first().click();
    await page.getByRole('heading', { level: 3, name: 'ໃບຢັ້ງຢືນຂອງ ນ້ອຍ ແກ້ວມະນີ' }).waitFor();
    await page.getByText('ບຸກຄົນນີ້ຍັງບໍ່ມີໃບຢັ້ງຢືນ.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Both in the audit log, newest first.
    await tabs.getByRole('link', { name: 'ບັນທຶກການກວດສອບ' }).click();
    const log = page.getByTestId('audit-log');
    await log.getByText('ປ່ຽນເປົ້າໝາຍທັກສະ').first().waitFor();
    await log.getByText('ເພີ່ມໜ່ວຍງານ').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The queues, and a ping through outbox → queue → worker.
    await tabs.getByRole('link', { name: 'ຄິວວຽກ' }).click();
    await page.getByTestId('queue-counts').getByText('ການໃຫ້ຄະແນນ').waitFor();
    await page.getByRole('button', { name: 'ກວດສອບລະບົບສົ່ງວຽກ' }).click();
    await page.getByText(/^ເຄື່ອງປະມວນຜົນຕອບພາຍໃນ .+ ມິນລິວິນາທີ\. ລະບົບສົ່ງວຽກເຮັດວຽກປົກກະຕິ\.$/).waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-admin-queues-lo.png') });

    // Credentials for another system's use of the LRS: the secret shown once, and working.
    await tabs.getByRole('link', { name: 'ລະບົບທີ່ເຊື່ອມຕໍ່ xAPI' }).click();
    await page.getByTestId('new-xapi-client').click();
    const xapiForm = page.getByTestId('xapi-client-form');
    await xapiForm.getByLabel('ຊື່ລະບົບ').fill('ລະບົບບຸກຄະລາກອນ ກະຊວງການເງິນ');
    await xapiForm.getByLabel('ອ່ານບັນທຶກການຮຽນຮູ້').check();
    await xapiForm.getByRole('button', { name: 'ອອກລະຫັດ' }).click();
    const credentials = page.getByTestId('xapi-credentials');
    await credentials.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [key, secret] = await credentials.locator('dd code').evaluateAll((codes) => codes.slice(1).map((c) => c.textContent ?? ''));
    const clients = (await api.call<{ items: { key: string; scopes: string[] }[] }>('GET', '/xapi-clients', admin)).json.items;
    expect(clients.find((c) => c.key === key)?.scopes.sort()).toEqual(['statements/read', 'statements/write']);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'ຂ້ອຍສຳເນົາແລ້ວ' }).click();
    await page.getByTestId('xapi-clients').getByText('ລະບົບບຸກຄະລາກອນ ກະຊວງການເງິນ').waitFor();
    // The demo system forwards nowhere: the panel says so, in Lao.
    await page.getByTestId('xapi-forwarding').getByText(/^ປິດຢູ່:/).waitFor();
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-admin-xapi-lo.png'), fullPage: true });
  });

  it('sends a signed-out visitor to sign in, and back to the staff page afterwards', async () => {
    const { page } = await deskPage();
    await page.goto(`${system.baseUrl}/staff/courses`);
    await page.waitForURL(/\/login\?next=/);
    await page.fill('input[name="login"]', 'instructor@lane.demo');
    await page.fill('input[name="password"]', 'lane-demo-2026');
    await page.click('[data-testid="login-form"] button[type="submit"]');
    await page.waitForURL(`${system.baseUrl}/staff/courses`);
    await page.getByRole('heading', { level: 1, name: 'ຫຼັກສູດຂອງຂ້ອຍ' }).waitFor();
  });

  it('refuses a learner, and never loads any staff code on a learner’s pages', async () => {
    const { page, requests } = await deskPage();
    await signInInBrowser(page, system.baseUrl, 'learner@lane.demo');
    expect(await page.getByTestId('staff-link').count()).toBe(0);
    for (const path of ['/', '/courses', '/certificates', '/profile']) {
      await page.goto(`${system.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(requests.filter((p) => p.startsWith('/staff'))).toEqual([]);

    await page.goto(`${system.baseUrl}/staff/courses`);
    await page.getByRole('heading', { level: 1, name: 'ໜ້ານີ້ສຳລັບພະນັກງານເທົ່ານັ້ນ' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });
});

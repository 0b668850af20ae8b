import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { apiOf, type Api } from './support/api';
import { seriousViolations } from './support/axe';
import { signInInBrowser } from './support/browser';
import { launchChromium, startSystem, type RunningSystem } from './support/system';

jest.setTimeout(120_000);

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const DESK = { viewport: { width: 1280, height: 800 }, locale: 'lo-LA' } as const;
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'lo-LA', isMobile: true, hasTouch: true } as const;

const ANSWER = 'ອີເມວຈາກ "ທະນາຄານ" ທີ່ຂໍລະຫັດຜ່ານ ແລະ ມີລິ້ງແປກໆ.\nຂ້ອຍລາຍງານໃຫ້ພະແນກໄອທີ.';
const COMMENT = 'ດີຫຼາຍ: ທ່ານກວດເບິ່ງຜູ້ສົ່ງ. ຄັ້ງໜ້າ ໃຫ້ບອກວິທີກວດລິ້ງນຳ.';

/**
 * Flow 3 of issue 9: a learner's essay waits in the instructor's grading queue; the instructor
 * reads the question, the marking guide and the answer, gives a score and a comment, and the
 * learner then sees both with their result.
 */
describe('Grading an essay, in Chromium', () => {
  let system: RunningSystem;
  let browser: Browser;
  let api: Api;
  let attemptId: string;
  let quizId: string;
  let courseId: string;

  /** A learner answers both questions and submits; the worker sends the essay to the queue. */
  async function submitEssay(email: string, answer: string): Promise<string> {
    const learner = await api.login(email);
    await api.call('POST', `/courses/${courseId}/enrol`, learner);
    const started = await api.call<{ id: string; questions: { id: string; type: string }[] }>('POST', `/quizzes/${quizId}/attempts`, learner);
    const id = (type: string) => started.json.questions.find((q) => q.type === type)!.id;
    expect((await api.call('PUT', `/attempts/${started.json.id}/responses`, learner, { responses: [{ questionId: id('essay'), answer }, { questionId: id('true_false'), answer: true }] })).status).toBe(200);
    expect((await api.call('POST', `/attempts/${started.json.id}/submit`, learner)).status).toBe(202);
    for (let i = 0; ; i++) {
      const status = (await api.call<{ status: string }>('GET', `/attempts/${started.json.id}`, learner)).json.status;
      if (status === 'needs_review') return started.json.id;
      if (i > 200) throw new Error(`the attempt stayed ${status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    system = await startSystem();
    api = apiOf(system.baseUrl);
    browser = await launchChromium();

    // The instructor's course with one essay question and one true/false, published.
    const teacher = await api.login('instructor@lane.demo');
    const course = await api.call<{ id: string }>('POST', '/courses', teacher, { title: 'ຮູ້ທັນ phishing', summary: 'ບົດຝຶກຂຽນ', category: 'cybersecurity', locale: 'lo', level: 'beginner' });
    const moduleId = (await api.call<{ id: string }>('POST', `/courses/${course.json.id}/modules`, teacher, { title: 'ພາກທີ 1' })).json.id;
    const bank = (await api.call<{ id: string }>('POST', '/question-banks', teacher, { title: 'ບົດຂຽນ', courseId: course.json.id })).json.id;
    const essay = { type: 'essay', prompt: 'ອະທິບາຍ **ອີເມວ phishing** ທີ່ທ່ານເຄີຍເຫັນ.', format: 'markdown', points: 10, graderInfo: 'ໃຫ້ຄະແນນເຕັມ ຖ້າກວດເບິ່ງ *ຜູ້ສົ່ງ* ແລະ ລິ້ງ.' };
    expect((await api.call('POST', `/question-banks/${bank}/questions`, teacher, essay)).status).toBe(201);
    expect((await api.call('POST', `/question-banks/${bank}/questions`, teacher, { type: 'true_false', prompt: 'ລາຍງານ phishing ໃຫ້ພະແນກໄອທີ.', format: 'plain', correct: true })).status).toBe(201);
    const quiz = await api.call<{ id: string }>('POST', `/modules/${moduleId}/quizzes`, teacher, { title: 'ບົດຂຽນສັ້ນ', questionBankId: bank, selection: { mode: 'all' }, passPercent: 50 });
    expect((await api.call('POST', `/courses/${course.json.id}/publish`, teacher)).status).toBe(200);

    quizId = quiz.json.id;
    courseId = course.json.id;
    attemptId = await submitEssay('learner@lane.demo', ANSWER);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets an instructor grade the essay with a score and a comment, which the learner then reads', async () => {
    const page = await (await browser.newContext(DESK)).newPage();
    await signInInBrowser(page, system.baseUrl, 'instructor@lane.demo');
    await page.getByTestId('staff-link').click();
    await page.getByRole('heading', { level: 1, name: 'ໜ້າວຽກພະນັກງານ' }).waitFor();
    await page.getByRole('navigation', { name: 'ເມນູພະນັກງານ' }).getByRole('link', { name: 'ການໃຫ້ຄະແນນ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ບົດຂຽນທີ່ຕ້ອງໃຫ້ຄະແນນ' }).waitFor();

    const card = page.getByTestId('essay-card').filter({ hasText: 'ຮູ້ທັນ phishing' });
    await card.waitFor();
    // The question and the guide as authored (Markdown rendered), the answer as the learner typed it.
    expect(await card.locator('strong', { hasText: 'ອີເມວ phishing' }).count()).toBe(1);
    expect(await card.locator('em', { hasText: 'ຜູ້ສົ່ງ' }).count()).toBe(1);
    expect(await card.locator('blockquote').innerText()).toBe(ANSWER);
    // The whole attempt, on demand: the true/false answer already marked, this essay pointed out.
    await card.getByRole('button', { name: 'ເບິ່ງການທົດສອບທັງໝົດ' }).click();
    const whole = card.getByTestId('attempt-details');
    await whole.getByText('ລາຍງານ phishing ໃຫ້ພະແນກໄອທີ.').waitFor();
    expect(await whole.locator('li').count()).toBe(2);
    await whole.getByText('ບົດຂຽນທີ່ທ່ານກຳລັງໃຫ້ຄະແນນ').waitFor();
    expect(await whole.innerText()).toMatch(/[01] ຈາກ 1 ຄະແນນ/);
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'ເຊື່ອງການທົດສອບທັງໝົດ' }).click();

    // Checked before anything is sent: a score above the points is refused, and nothing is graded.
    const score = card.getByLabel('ຄະແນນ (ເຕັມ 10)');
    await score.fill('11');
    await card.getByRole('button', { name: 'ບັນທຶກຄະແນນ' }).click();
    await card.getByText('ຄະແນນສູງສຸດແມ່ນ 10.').waitFor();
    expect(await score.getAttribute('aria-invalid')).toBe('true');
    const teacher = await api.login('instructor@lane.demo');
    const stillPending = await api.call<{ items: { attemptId: string }[] }>('GET', '/grading/pending?pageSize=100', teacher);
    expect(stillPending.json.items.map((i) => i.attemptId)).toContain(attemptId);

    await score.fill('7,5');
    await card.getByLabel('ຄຳເຫັນເຖິງຜູ້ຮຽນ').fill(COMMENT);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await score.getAttribute('aria-invalid')).not.toBe('true');
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'staff-grading-lo.png') });
    await card.getByRole('button', { name: 'ບັນທຶກຄະແນນ' }).click();
    await page.getByText(/^ໃຫ້ຄະແນນ .+ ແລ້ວ: 7,5 ຈາກ 10\.$/).waitFor();
    await card.waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);

    // Stored as given; the attempt is graded with it (7.5 + 1 of 11 passes at 50%).
    const learner = await api.login('learner@lane.demo');
    const attempt = await api.call<{ status: string; score: number; maxScore: number; passed: boolean; questions: { type: string; result?: { score: number; comment?: string } }[] }>('GET', `/attempts/${attemptId}`, learner);
    expect(attempt.json).toMatchObject({ status: 'graded', score: 8.5, maxScore: 11, passed: true });
    expect(attempt.json.questions.find((q) => q.type === 'essay')!.result).toMatchObject({ score: 7.5, comment: COMMENT });
    const after = await api.call<{ items: { attemptId: string }[] }>('GET', '/grading/pending?pageSize=100', teacher);
    expect(after.json.items.map((i) => i.attemptId)).not.toContain(attemptId);

    // The learner, on a phone, reads the comment with their result.
    const phone = await (await browser.newContext(PHONE)).newPage();
    await signInInBrowser(phone, system.baseUrl, 'learner@lane.demo');
    await phone.goto(`${system.baseUrl}/attempts/${attemptId}`);
    await phone.getByText(COMMENT).waitFor();
  });

  it('tells an instructor whose colleague graded the essay first, and takes it off the list', async () => {
    const second = await submitEssay('learner.en@lane.demo', 'A mail from “the bank” asking for my password.');
    const page = await (await browser.newContext(DESK)).newPage();
    await signInInBrowser(page, system.baseUrl, 'instructor@lane.demo');
    await page.goto(`${system.baseUrl}/staff/grading`);
    const card = page.getByTestId('essay-card').filter({ hasText: 'asking for my password' });
    await card.waitFor();

    // Someone else grades it while the page shows it.
    const admin = await api.login('admin@lane.demo');
    const pending = await api.call<{ items: { attemptId: string; questionId: string }[] }>('GET', '/grading/pending?pageSize=100', admin);
    const item = pending.json.items.find((i) => i.attemptId === second)!;
    expect((await api.call('POST', `/attempts/${second}/responses/${item.questionId}/grade`, admin, { score: 4 })).status).toBe(200);

    await card.getByLabel('ຄະແນນ (ເຕັມ 10)').fill('9');
    await card.getByRole('button', { name: 'ບັນທຶກຄະແນນ' }).click();
    await page.getByText('ຄຳຕອບນີ້ໄດ້ຮັບຄະແນນແລ້ວ, ອາດແມ່ນເພື່ອນຮ່ວມງານໃຫ້. ລາຍການໄດ້ຖືກອັບເດດແລ້ວ.').waitFor();
    await card.waitFor({ state: 'detached' });
    const learner = await api.login('learner.en@lane.demo');
    const kept = await api.call<{ questions: { type: string; result?: { score: number } }[] }>('GET', `/attempts/${second}`, learner);
    expect(kept.json.questions.find((q) => q.type === 'essay')!.result!.score).toBe(4);
  });
});

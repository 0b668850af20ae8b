import { describe, expect, it } from '@jest/globals';
import type { QuestionResult } from '@lms/contracts';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../testing/test-utils';
import { COURSE_ID, ESSAY, fakeQuizApi, MATCHING, MULTIPLE, NUMERIC, openAttempt, quizPath, SHORT, SINGLE, TRUE_FALSE, type FakeAttempt } from '../testing/fake-quiz-api';
import { signedInOnFakeTime, tick } from '../testing/quiz-test-time';

const result = (score: number | null, maxScore: number, correct: boolean | null, extra: Partial<QuestionResult> = {}): QuestionResult => ({ score, maxScore, correct, feedback: [], ...extra });

const answers: FakeAttempt['answers'] = {
  [SINGLE]: { answer: 'o1', savedAt: null },
  [MULTIPLE]: { answer: ['o1'], savedAt: null },
  [TRUE_FALSE]: { answer: true, savedAt: null },
  [SHORT]: { answer: 'ຜ່ານວຽງຈັນ', savedAt: null },
  [NUMERIC]: { answer: 3.5, savedAt: null },
  [MATCHING]: { answer: { p1: 'c2', p2: 'c2' }, savedAt: null },
  [ESSAY]: { answer: 'ສຳຮອງຂໍ້ມູນທຸກອາທິດ.', savedAt: null },
};

const results: Record<string, QuestionResult> = {
  [SINGLE]: result(0, 1, false, { feedback: ['<em>ວຽງຈັນ</em> ແມ່ນນະຄອນຫຼວງ.'], rightAnswer: 'o2' }),
  [MULTIPLE]: result(1, 2, false, { rightAnswer: ['o1', 'o3'] }),
  [TRUE_FALSE]: result(1, 1, true, { rightAnswer: true }),
  [SHORT]: result(0, 1, false, { rightAnswer: 'ຜ່ານນະຄອນຫຼວງ' }),
  [NUMERIC]: result(1, 1, true, { rightAnswer: 3.5 }),
  [MATCHING]: result(1, 2, false, { rightAnswer: { p1: 'c2', p2: 'c1' } }),
  [ESSAY]: result(2, 3, false, { comment: 'ດີ, ແຕ່ຂາດການຢືນຢັນຕົວຕົນຫຼາຍຂັ້ນຕອນ.' }),
};

const attemptId = '7e000000-0000-4000-8000-0000000000r1';
const attemptPath = `/attempts/${attemptId}`;
const submitted = (): FakeAttempt => openAttempt({ id: attemptId, status: 'submitted', submittedAt: '2026-03-12T03:10:00.000Z', answers, results });

describe('the result screen', () => {
  signedInOnFakeTime('2026-03-12T03:10:01.000Z');

  it('says the answers are being graded, asks again every 1.5 s, and never shows answers or keys before grading', async () => {
    const attempt = submitted();
    // Even a server that sent results early would not have them shown while the status is "submitted".
    const api = fakeQuizApi({
      attempts: [attempt],
      intercept: (call) =>
        call.url === `/api/v1/attempts/${attemptId}` && attempt.status === 'submitted'
          ? { status: 200, body: { id: attemptId, quizId: 'x', status: 'submitted', startedAt: attempt.startedAt, expiresAt: null, submittedAt: attempt.submittedAt, score: null, maxScore: 11, passed: null, questions: [{ id: SINGLE, type: 'single_choice', prompt: 'p', points: 1, options: [{ id: 'o2', text: 'ວຽງຈັນ' }], answer: 'o1', result: results[SINGLE] }] } }
          : undefined,
    });
    const gets = () => api.calls.filter((call) => call.url === `/api/v1/attempts/${attemptId}`).length;
    renderApp(attemptPath);

    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
    expect(await screen.findByText('ສົ່ງຄຳຕອບຂອງທ່ານແລ້ວ, ກຳລັງໃຫ້ຄະແນນ…')).toBeTruthy();
    const before = gets();
    await tick(1_500);
    expect(gets()).toBe(before + 1);
    await tick(1_500);
    expect(gets()).toBe(before + 2);
    expect(screen.queryByText('ວຽງຈັນ')).toBeNull();
    expect(screen.queryByText('ຄຳຕອບທີ່ຖືກຕ້ອງ')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'ຄຳຕອບຂອງທ່ານ' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'ລອງເຮັດອີກຄັ້ງ' })).toBeNull();
  });

  it('polls until graded, then shows the score, passed or not, and each answer with feedback and the right answer', async () => {
    const attempt = submitted();
    const api = fakeQuizApi({ attempts: [attempt] });
    const gets = () => api.calls.filter((call) => call.url === `/api/v1/attempts/${attemptId}`).length;
    renderApp(attemptPath);
    expect(await screen.findByText('ສົ່ງຄຳຕອບຂອງທ່ານແລ້ວ, ກຳລັງໃຫ້ຄະແນນ…')).toBeTruthy();

    // The worker finishes.
    Object.assign(attempt, { status: 'graded', score: 6, passed: false });
    await tick(1_500);

    const summary = within(await screen.findByRole('region', { name: 'ຄະແນນຂອງທ່ານ' }));
    expect(summary.getByText('54,5%')).toBeTruthy();
    expect(summary.getByText('6 ຈາກ 11 ຄະແນນ')).toBeTruthy();
    expect(summary.getByText('ເທື່ອນີ້ທ່ານບໍ່ຜ່ານ.')).toBeTruthy();
    expect(summary.getByText('ຄະແນນຜ່ານ: 70%')).toBeTruthy();
    expect(screen.getByText('ໃຫ້ຄະແນນແລ້ວ: 54,5%. ທ່ານບໍ່ຜ່ານ.').closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.getByText('ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ')).toBeTruthy();

    const items = within(screen.getByRole('region', { name: 'ຄຳຕອບຂອງທ່ານ' })).getAllByRole('listitem').filter((li) => li.classList.contains('quiz-result-q'));
    expect(items).toHaveLength(7);
    const [single, multiple, trueFalse, short, numeric, matching, essay] = items.map((item) => within(item));
    const fact = (item: ReturnType<typeof within>, label: string) => item.getByText(label).nextElementSibling?.textContent;

    // Single choice: the option's words, not its id; wrong; feedback; the right answer.
    expect(single.getByRole('heading', { name: /ຄຳຖາມທີ 1/ }).textContent).toContain('ບໍ່ຖືກຕ້ອງ');
    expect(fact(single, 'ຄຳຕອບຂອງທ່ານ')).toBe('ຫຼວງພະບາງ');
    expect(fact(single, 'ຄຳຕອບທີ່ຖືກຕ້ອງ')).toBe('ວຽງຈັນ');
    expect(fact(single, 'ຄຳແນະນຳ')).toBe('ວຽງຈັນ ແມ່ນນະຄອນຫຼວງ.');
    expect(fact(single, 'ຄະແນນ')).toBe('0 ຈາກ 1 ຄະແນນ');
    // Multiple choice: partly right.
    expect(multiple.getByRole('heading', { name: /ຄຳຖາມທີ 2/ }).textContent).toContain('ຖືກບາງສ່ວນ');
    expect(fact(multiple, 'ຄຳຕອບຂອງທ່ານ')).toBe('ຍາວ');
    expect(fact(multiple, 'ຄຳຕອບທີ່ຖືກຕ້ອງ')).toBe('ຍາວບໍ່ຊ້ຳກັບບ່ອນອື່ນ');
    // True/false, right: no right answer repeated.
    expect(trueFalse.getByRole('heading', { name: /ຄຳຖາມທີ 3/ }).textContent).toContain('ຖືກຕ້ອງ');
    expect(fact(trueFalse, 'ຄຳຕອບຂອງທ່ານ')).toBe('ຖືກ');
    expect(trueFalse.queryByText('ຄຳຕອບທີ່ຖືກຕ້ອງ')).toBeNull();
    expect(fact(short, 'ຄຳຕອບທີ່ຖືກຕ້ອງ')).toBe('ຜ່ານນະຄອນຫຼວງ');
    expect(fact(numeric, 'ຄຳຕອບຂອງທ່ານ')).toBe('3,5');
    expect(fact(matching, 'ຄຳຕອບຂອງທ່ານ')).toBe('ຈຳປາສັກ →ຈັບຄູ່ກັບ ພາກໃຕ້ຫຼວງພະບາງ →ຈັບຄູ່ກັບ ພາກໃຕ້');
    expect(fact(matching, 'ຄຳຕອບທີ່ຖືກຕ້ອງ')).toBe('ຈຳປາສັກ →ຈັບຄູ່ກັບ ພາກໃຕ້ຫຼວງພະບາງ →ຈັບຄູ່ກັບ ພາກເໜືອ');
    expect(fact(essay, 'ຄຳຕອບຂອງທ່ານ')).toBe('ສຳຮອງຂໍ້ມູນທຸກອາທິດ.');
    expect(fact(essay, 'ຄຳເຫັນຂອງຄູສອນ')).toBe('ດີ, ແຕ່ຂາດການຢືນຢັນຕົວຕົນຫຼາຍຂັ້ນຕອນ.');

    expect(screen.getByRole('link', { name: 'ລອງເຮັດອີກຄັ້ງ' }).getAttribute('href')).toBe(quizPath);
    expect(screen.getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ' }).getAttribute('href')).toBe(`/courses/${COURSE_ID}`);

    // Graded: no more polling.
    const settled = gets();
    await tick(6_000);
    expect(gets()).toBe(settled);
  });

  it('says when essays wait for a teacher, with the score so far, and stops asking', async () => {
    const attempt = openAttempt({
      id: attemptId,
      status: 'needs_review',
      submittedAt: '2026-03-12T03:10:00.000Z',
      score: 4,
      answers,
      results: { ...results, [ESSAY]: result(null, 3, null) },
    });
    const api = fakeQuizApi({ attempts: [attempt], maxAttempts: 1, title: 'ການສອບເສັງທ້າຍຫຼັກສູດ' });
    renderApp(attemptPath);

    const summary = within(await screen.findByRole('region', { name: 'ຄະແນນຂອງທ່ານໃນຕອນນີ້' }));
    expect(summary.getByText('ມີບາງຄຳຕອບທີ່ລໍຖ້າຄູສອນໃຫ້ຄະແນນ. ຄະແນນຂອງທ່ານຈະເປັນຄະແນນສຸດທ້າຍ ເມື່ອຄູສອນໃຫ້ຄະແນນແລ້ວ.')).toBeTruthy();
    expect(summary.queryByText('ເທື່ອນີ້ທ່ານບໍ່ຜ່ານ.')).toBeNull();
    const essay = screen.getByRole('heading', { name: /ຄຳຖາມທີ 7/ });
    expect(essay.textContent).toContain('ລໍຖ້າຄູສອນໃຫ້ຄະແນນ');
    // The one attempt allowed is used: no "try again".
    expect(await screen.findByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'ລອງເຮັດອີກຄັ້ງ' })).toBeNull();

    const gets = api.calls.filter((call) => call.url === `/api/v1/attempts/${attemptId}`).length;
    await tick(6_000);
    expect(api.calls.filter((call) => call.url === `/api/v1/attempts/${attemptId}`).length).toBe(gets);
  });

  it('says so when the attempt does not exist', async () => {
    fakeQuizApi();
    renderApp('/attempts/7e000000-0000-4000-8000-0000000000zz', { locale: 'en' });
    expect(await screen.findByText('This attempt was not found.')).toBeTruthy();
  });
});

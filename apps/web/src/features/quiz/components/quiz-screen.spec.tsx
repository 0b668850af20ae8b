import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../../testing/test-utils';
import { isSubmitQueued } from '../lib/offline-attempts';
import { hasPending, readPending } from '../lib/pending-answers';
import {
  COURSE_ID,
  ESSAY,
  fakeQuizApi,
  MATCHING,
  MULTIPLE,
  NUMERIC,
  offline,
  openAttempt,
  quizPath,
  SHORT,
  SINGLE,
  TRUE_FALSE,
  type FakeAttempt,
} from '../testing/fake-quiz-api';
import { signedInOnFakeTime, tick } from '../testing/quiz-test-time';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const question = (number: number) => screen.getByRole('group', { name: new RegExp(`^ຄຳຖາມທີ ${number} ຈາກ 7`) });
const saveStatus = () => screen.getByTestId('save-status').textContent;

async function startQuiz(label = 'ເລີ່ມເຮັດແບບທົດສອບ') {
  fireEvent.click(await screen.findByRole('button', { name: label }));
  return screen.findByRole('group', { name: /^ຄຳຖາມທີ \d ຈາກ 7/ });
}

/** The device's connection in a test; `back()` also tells the page, as the browser's `online` event does, and lets what follows run. */
function connection(up: boolean) {
  let state = up;
  return {
    up: () => state,
    down: () => {
      state = false;
    },
    back: async () => {
      state = true;
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      await tick();
    },
  };
}

const graded: FakeAttempt = {
  ...openAttempt({ id: '7e000000-0000-4000-8000-0000000000g1' }),
  status: 'graded',
  startedAt: '2026-03-10T02:00:00.000Z',
  submittedAt: '2026-03-10T02:15:00.000Z',
  score: 5,
  passed: false,
};

describe('the quiz screen', () => {
  signedInOnFakeTime('2026-03-12T03:00:00.000Z');

  it('introduces the quiz (questions, time, pass mark, attempts, best score, past attempts), then starts one question per screen', async () => {
    const api = fakeQuizApi({ timeLimitMinutes: 20, attempts: [graded] });
    renderApp(quizPath);

    expect(await screen.findByRole('heading', { level: 1, name: 'ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ' })).toBeTruthy();
    const facts = within(screen.getByRole('heading', { name: 'ກ່ຽວກັບແບບທົດສອບນີ້' }).closest('section')!);
    expect(facts.getByText('ຈຳນວນຄຳຖາມ').nextElementSibling?.textContent).toBe('7');
    expect(facts.getByText('ເວລາທີ່ກຳນົດ').nextElementSibling?.textContent).toBe('20 ນາທີ');
    expect(facts.getByText('ຄະແນນຜ່ານ').nextElementSibling?.textContent).toBe('70%');
    expect(facts.getByText('ຈຳນວນເທື່ອທີ່ເຮັດ').nextElementSibling?.textContent).toBe('ເຮັດແລ້ວ 1 ຈາກ 3 ເທື່ອ');
    expect(facts.getByText('ຄະແນນຂອງທ່ານ').nextElementSibling?.textContent).toBe('45,5% · ບໍ່ຜ່ານ');
    const past = screen.getByRole('link', { name: 'ເທື່ອທີ 1' });
    expect(past.getAttribute('href')).toBe(`/attempts/${graded.id}`);
    expect(past.closest('li')?.textContent).toContain('10 ມີນາ 2026, 09:15');
    expect(screen.getByRole('link', { name: 'ກັບໄປຫາຫຼັກສູດ' }).getAttribute('href')).toBe(`/courses/${COURSE_ID}`);

    const first = await startQuiz('ເລີ່ມເຮັດເທື່ອໃໝ່');

    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ແບບທົດສອບກວດຄວາມເຂົ້າໃຈ');
    expect(first.getAttribute('aria-labelledby')).toBeTruthy();
    expect(within(first).getAllByRole('radio')).toHaveLength(3);
    // One question at a time, and the overview lists all seven.
    expect(screen.queryByRole('group', { name: /^ຄຳຖາມທີ 2/ })).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'ຄຳຖາມທັງໝົດ' })).getAllByRole('button')).toHaveLength(7);
    expect(screen.getByRole('timer').textContent).toContain('20:00');
    // The focus goes to the question's number, at the start and on each move.
    expect(document.activeElement?.textContent).toBe('ຄຳຖາມທີ 1 ຈາກ 7 (1 ຄະແນນ)');
    expect((screen.getByRole('button', { name: 'ກ່ອນໜ້າ' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    expect(document.activeElement?.textContent).toBe('ຄຳຖາມທີ 2 ຈາກ 7 (2 ຄະແນນ)');
    expect(within(question(2)).getByText('ເລືອກທຸກຂໍ້ທີ່ຖືກຕ້ອງ.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ຄຳຖາມທີ 7, ຍັງບໍ່ໄດ້ຕອບ' }));
    expect(within(question(7)).getByRole('textbox')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'ຕໍ່ໄປ' })).toBeNull();
    expect(screen.getByRole('button', { name: 'ສຳເລັດ' })).toBeTruthy();
  });

  it('sends each type of answer in its contract shape, with savedAt, in debounced batches', async () => {
    const api = fakeQuizApi();
    renderApp(quizPath);
    await startQuiz();

    const changedAt = new Date().toISOString();
    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    expect(saveStatus()).toBe('ກຳລັງສົ່ງຂຶ້ນເຊີບເວີ…');
    await tick(799);
    expect(api.saves()).toHaveLength(0);
    await tick(1);
    expect(api.saves()).toHaveLength(1);
    expect(api.saves()[0].body).toEqual({ responses: [{ questionId: SINGLE, answer: 'o2', savedAt: changedAt }] });
    expect(saveStatus()).toBe('ສົ່ງຂຶ້ນເຊີບເວີແລ້ວ');

    // Changes less than 800 ms apart go in one request.
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.click(within(question(2)).getByLabelText('ຍາວ'));
    fireEvent.click(within(question(2)).getByLabelText('123456'));
    fireEvent.click(within(question(2)).getByLabelText('ບໍ່ຊ້ຳກັບບ່ອນອື່ນ'));
    fireEvent.click(within(question(2)).getByLabelText('123456'));
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.click(within(question(3)).getByLabelText('ຜິດ'));
    await tick(800);
    expect(api.saves()).toHaveLength(2);
    expect(api.saves()[1].body).toEqual({
      responses: [
        { questionId: MULTIPLE, answer: ['o1', 'o3'], savedAt: expect.stringMatching(ISO) },
        { questionId: TRUE_FALSE, answer: false, savedAt: expect.stringMatching(ISO) },
      ],
    });

    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    expect(within(question(4)).getByText('ພິມຄຳທີ່ຂາດຫາຍໄປ.')).toBeTruthy();
    fireEvent.change(within(question(4)).getByLabelText('ຄຳທີ່ຂາດຫາຍໄປ'), { target: { value: 'ຜ່ານນະຄອນຫຼວງ' } });
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    const number = within(question(5)).getByLabelText('ຄຳຕອບຂອງທ່ານ');
    expect(number.getAttribute('inputmode')).toBe('decimal');
    fireEvent.change(number, { target: { value: 'ສາມ' } });
    expect(within(question(5)).getByText('ກະລຸນາປ້ອນຕົວເລກ, ເຊັ່ນ 3,5 ຫຼື 3.5.')).toBeTruthy();
    fireEvent.change(number, { target: { value: '3,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.change(within(question(6)).getByLabelText('ຈຳປາສັກ'), { target: { value: 'c2' } });
    fireEvent.change(within(question(6)).getByLabelText('ຫຼວງພະບາງ'), { target: { value: 'c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.change(within(question(7)).getByLabelText('ຄຳຕອບຂອງທ່ານ'), { target: { value: 'ໃຊ້ລະຫັດຜ່ານແບບປະໂຫຍກ\nແລະ ການສຳຮອງຂໍ້ມູນ' } });
    await tick(800);

    expect(api.saves()).toHaveLength(3);
    expect(api.saves()[2].body).toEqual({
      responses: [
        { questionId: SHORT, answer: 'ຜ່ານນະຄອນຫຼວງ', savedAt: expect.stringMatching(ISO) },
        { questionId: NUMERIC, answer: 3.5, savedAt: expect.stringMatching(ISO) },
        { questionId: MATCHING, answer: { p1: 'c2', p2: 'c1' }, savedAt: expect.stringMatching(ISO) },
        { questionId: ESSAY, answer: 'ໃຊ້ລະຫັດຜ່ານແບບປະໂຫຍກ\nແລະ ການສຳຮອງຂໍ້ມູນ', savedAt: expect.stringMatching(ISO) },
      ],
    });
    // The text "ສາມ" was never a number, so it was never sent.
    expect(api.savedResponses().filter((r) => r.questionId === NUMERIC).map((r) => r.answer)).toEqual([3.5]);
    expect(hasPending(api.server.attempts[0].id)).toBe(false);
    expect(screen.getByRole('button', { name: 'ຄຳຖາມທີ 7, ຕອບແລ້ວ' })).toBeTruthy();
  });

  it('clears an answer the learner empties with null, as the contract says, and counts it unanswered', async () => {
    const api = fakeQuizApi();
    renderApp(quizPath);
    await startQuiz();

    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.click(within(question(2)).getByLabelText('ຍາວ'));
    await tick(800);
    fireEvent.click(within(question(2)).getByLabelText('ຍາວ'));
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    const blank = within(question(4)).getByLabelText('ຄຳທີ່ຂາດຫາຍໄປ');
    fireEvent.change(blank, { target: { value: 'ຜ່ານ' } });
    fireEvent.change(blank, { target: { value: '' } });
    await tick(800);

    expect(api.saves().map((save) => save.body)).toEqual([
      { responses: [{ questionId: MULTIPLE, answer: ['o1'], savedAt: expect.stringMatching(ISO) }] },
      {
        responses: [
          { questionId: MULTIPLE, answer: null, savedAt: expect.stringMatching(ISO) },
          { questionId: SHORT, answer: null, savedAt: expect.stringMatching(ISO) },
        ],
      },
    ]);
    expect(api.server.attempts[0].answers[MULTIPLE].answer).toBeNull();
    expect(screen.getByRole('button', { name: 'ຄຳຖາມທີ 2, ຍັງບໍ່ໄດ້ຕອບ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ຄຳຖາມທີ 4, ຍັງບໍ່ໄດ້ຕອບ' })).toBeTruthy();
  });

  it('keeps an answer whose save failed for lack of network, and resends it when the browser is back online', async () => {
    const network = connection(false);
    const api = fakeQuizApi({ intercept: (call) => (call.method === 'PUT' && !network.up() ? offline() : undefined) });
    renderApp(quizPath);
    await startQuiz();

    fireEvent.click(screen.getByLabelText('ປາກເຊ'));
    await tick(800);
    const attemptId = api.server.attempts[0].id;
    expect(saveStatus()).toBe('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ — ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ');
    expect(readPending(attemptId)).toEqual([{ questionId: SINGLE, answer: 'o3', savedAt: expect.stringMatching(ISO) }]);
    const savedAt = readPending(attemptId)[0].savedAt;
    expect(api.server.attempts[0].answers[SINGLE]).toBeUndefined();

    await network.back();

    expect(api.saves()).toHaveLength(2);
    expect(api.saves()[1].body).toEqual({ responses: [{ questionId: SINGLE, answer: 'o3', savedAt }] });
    expect(api.server.attempts[0].answers[SINGLE]).toEqual({ answer: 'o3', savedAt });
    expect(saveStatus()).toBe('ສົ່ງຂຶ້ນເຊີບເວີແລ້ວ');
    expect(hasPending(attemptId)).toBe(false);
  });

  it('after a reload, resumes with the answers saved on the server and those only this device has', async () => {
    const network = connection(true);
    const attempt = openAttempt({
      answers: {
        [SINGLE]: { answer: 'o1', savedAt: '2026-03-12T02:55:00.000Z' },
        [MULTIPLE]: { answer: ['o3'], savedAt: '2026-03-12T02:56:00.000Z' },
      },
    });
    const api = fakeQuizApi({ attempts: [attempt], intercept: (call) => (call.method === 'PUT' && !network.up() ? offline() : undefined) });
    const first = renderApp(quizPath);
    // Resuming starts at the first question without an answer.
    const resumedAt = await startQuiz('ເຮັດແບບທົດສອບຕໍ່');
    expect(resumedAt).toBe(question(3));
    expect(within(resumedAt).getAllByRole('radio')).toHaveLength(2);

    // The connection drops; the learner answers question 3 and changes question 1.
    network.down();
    fireEvent.click(within(question(3)).getByLabelText('ຖືກ'));
    fireEvent.click(screen.getByRole('button', { name: 'ຄຳຖາມທີ 1, ຕອບແລ້ວ' }));
    expect((within(question(1)).getByLabelText('ຫຼວງພະບາງ') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(question(1)).getByLabelText('ວຽງຈັນ'));
    await tick(800);
    expect(saveStatus()).toBe('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ — ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ');
    first.unmount();

    // The reload: a new page, the server still without those two answers.
    renderApp(quizPath);
    await startQuiz('ເຮັດແບບທົດສອບຕໍ່');
    expect(screen.getByRole('button', { name: 'ຄຳຖາມທີ 3, ຕອບແລ້ວ' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ຄຳຖາມທີ 1, ຕອບແລ້ວ' }));
    expect((within(question(1)).getByLabelText('ວຽງຈັນ') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'ຄຳຖາມທີ 2, ຕອບແລ້ວ' }));
    expect((within(question(2)).getByLabelText('ບໍ່ຊ້ຳກັບບ່ອນອື່ນ') as HTMLInputElement).checked).toBe(true);
    expect((within(question(2)).getByLabelText('ຍາວ') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'ຄຳຖາມທີ 3, ຕອບແລ້ວ' }));
    expect((within(question(3)).getByLabelText('ຖືກ') as HTMLInputElement).checked).toBe(true);
    expect(api.server.attempts[0].answers[SINGLE].answer).toBe('o1');

    // Back online: what only this device had reaches the server.
    await network.back();
    expect(api.server.attempts[0].answers[SINGLE].answer).toBe('o2');
    expect(api.server.attempts[0].answers[TRUE_FALSE].answer).toBe(true);
    expect(api.server.attempts[0].answers[MULTIPLE].answer).toEqual(['o3']);
    expect(hasPending(attempt.id)).toBe(false);
    // Only one attempt was ever opened: both visits resumed it.
    expect(api.server.attempts).toHaveLength(1);
  });

  it('counts down, says when 5 and 1 minutes are left, and submits by itself at zero with the last change', async () => {
    const api = fakeQuizApi({ timeLimitMinutes: 10 });
    renderApp(quizPath);
    await startQuiz();
    const attemptId = api.server.attempts[0].id;
    expect(screen.getByRole('timer').textContent).toBe('ເວລາທີ່ເຫຼືອ 10:00');

    await tick(5 * 60_000);
    expect(screen.getByRole('timer').textContent).toBe('ເວລາທີ່ເຫຼືອ 5:00');
    expect(screen.getByText('ເຫຼືອເວລາອີກ 5 ນາທີ.').closest('[aria-live="polite"]')).toBeTruthy();
    await tick(4 * 60_000);
    expect(screen.getByText('ເຫຼືອເວລາອີກ 1 ນາທີ.').closest('[aria-live="polite"]')).toBeTruthy();
    await tick(59_500);

    // A change half a second before the end, still waiting for its debounce when time is up.
    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    expect(api.calls.some((call) => call.url.endsWith('/submit'))).toBe(false);
    await tick(500);
    await tick();

    const submitIndex = api.calls.findIndex((call) => call.url === `/api/v1/attempts/${attemptId}/submit`);
    expect(submitIndex).toBeGreaterThan(-1);
    const lastSave = api.calls.findLastIndex((call) => call.method === 'PUT');
    expect(lastSave).toBeLessThan(submitIndex);
    expect(api.calls[lastSave].body).toEqual({ responses: [{ questionId: SINGLE, answer: 'o2', savedAt: expect.stringMatching(ISO) }] });
    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
    expect(await screen.findByText('ສົ່ງຄຳຕອບຂອງທ່ານແລ້ວ, ກຳລັງໃຫ້ຄະແນນ…')).toBeTruthy();
  });

  it('asks before submitting, says how many questions are unanswered, sends pending answers, submits and shows the result page', async () => {
    const api = fakeQuizApi();
    renderApp(quizPath);
    await startQuiz();
    const attemptId = api.server.attempts[0].id;

    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    fireEvent.click(screen.getByRole('button', { name: 'ສຳເລັດ ແລະ ສົ່ງຄຳຕອບ' }));
    expect(screen.getByRole('heading', { name: 'ສົ່ງຄຳຕອບຂອງທ່ານບໍ?' })).toBe(document.activeElement);
    expect(screen.getByText('ຍັງມີ 6 ຈາກ 7 ຄຳຖາມ ທີ່ບໍ່ທັນໄດ້ຕອບ.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ຕອບຕໍ່' }));
    expect(question(1)).toBeTruthy();
    expect(api.calls.some((call) => call.url.endsWith('/submit'))).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'ສຳເລັດ ແລະ ສົ່ງຄຳຕອບ' }));
    fireEvent.click(screen.getByRole('button', { name: 'ສົ່ງຄຳຕອບ' }));
    await tick();

    // The answer still in its debounce went first, then the submit.
    const methods = api.calls.filter((call) => call.url.startsWith(`/api/v1/attempts/${attemptId}`)).map((call) => `${call.method} ${call.url.split('/').pop()}`);
    expect(methods).toEqual(['PUT responses', 'POST submit', `GET ${attemptId}`]);
    expect(api.server.attempts[0].answers[SINGLE].answer).toBe('o2');
    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('ສົ່ງຄຳຕອບຂອງທ່ານແລ້ວ, ກຳລັງໃຫ້ຄະແນນ…');
    expect(hasPending(attemptId)).toBe(false);
  });

  it('submitted offline, keeps the submit on this device with the answers, and sends both once back online', async () => {
    const network = connection(true);
    const api = fakeQuizApi({ timeLimitMinutes: 10, intercept: (call) => (!network.up() && call.url.includes('/attempts/') ? offline() : undefined) });
    renderApp(quizPath);
    await startQuiz();
    const attemptId = api.server.attempts[0].id;
    await tick();

    network.down();
    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    fireEvent.click(screen.getByRole('button', { name: 'ສຳເລັດ ແລະ ສົ່ງຄຳຕອບ' }));
    fireEvent.click(screen.getByRole('button', { name: 'ສົ່ງຄຳຕອບ' }));
    await tick();
    expect(screen.getByTestId('submit-queued').textContent).toContain('ສົ່ງໄວ້ໃນອຸປະກອນນີ້ແລ້ວ.');
    expect(api.calls.some((call) => call.url.endsWith('/submit'))).toBe(false);
    expect(readPending(attemptId).map((p) => p.answer)).toEqual(['o2']);
    expect(isSubmitQueued(attemptId)).toBe(true);
    // No more questions to change once submitted.
    expect(screen.queryByRole('group', { name: /^ຄຳຖາມທີ/ })).toBeNull();

    await network.back();
    expect(api.server.attempts[0].answers[SINGLE].answer).toBe('o2');
    expect(api.server.attempts[0].status).toBe('submitted');
    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
    expect(isSubmitQueued(attemptId)).toBe(false);
    expect(hasPending(attemptId)).toBe(false);
  });

  it('after a reload without a connection, goes on from the copy on this device with every answer given', async () => {
    const network = connection(true);
    const api = fakeQuizApi({ intercept: () => (network.up() ? undefined : offline()) });
    const first = renderApp(quizPath);
    await startQuiz();
    const attemptId = api.server.attempts[0].id;
    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    await tick(1_000);
    expect(api.server.attempts[0].answers[SINGLE].answer).toBe('o2');
    expect(hasPending(attemptId)).toBe(false);

    // The connection goes, and the page is loaded again: the quiz cannot be fetched.
    network.down();
    first.unmount();
    renderApp(quizPath);
    await tick();
    // It opens at the first question without an answer; the first keeps the answer given online.
    expect(await screen.findByRole('group', { name: /^ຄຳຖາມທີ 2 ຈາກ 7/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ກ່ອນໜ້າ' }));
    expect((within(question(1)).getByLabelText('ວຽງຈັນ') as HTMLInputElement).checked).toBe(true);

    // Answered and submitted offline; nothing reaches the server until the connection is back.
    fireEvent.click(screen.getByRole('button', { name: 'ຕໍ່ໄປ' }));
    fireEvent.click(screen.getByLabelText('ບໍ່ຊ້ຳກັບບ່ອນອື່ນ'));
    await tick(1_000);
    expect(saveStatus()).toBe('ບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ — ຈະສົ່ງເມື່ອມີອິນເຕີເນັດ');
    fireEvent.click(screen.getByRole('button', { name: 'ສຳເລັດ ແລະ ສົ່ງຄຳຕອບ' }));
    fireEvent.click(screen.getByRole('button', { name: 'ສົ່ງຄຳຕອບ' }));
    await tick();
    expect(screen.getByTestId('submit-queued')).toBeTruthy();
    expect(api.server.attempts[0].status).toBe('in_progress');

    await network.back();
    expect(api.server.attempts[0].answers[MULTIPLE].answer).toEqual(['o3']);
    expect(api.server.attempts[0].status).toBe('submitted');
    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
  });

  it('time running out offline: says the answers wait on this device, and submits once back online', async () => {
    const network = connection(true);
    const api = fakeQuizApi({ timeLimitMinutes: 10, intercept: (call) => (!network.up() && call.url.includes('/attempts/') ? offline() : undefined) });
    renderApp(quizPath);
    await startQuiz();
    await tick();

    network.down();
    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    await tick(10 * 60_000);
    expect(screen.getByText('ໝົດເວລາແລ້ວ, ແຕ່ທ່ານກຳລັງອອບລາຍ. ຄຳຕອບຂອງທ່ານບັນທຶກໄວ້ໃນອຸປະກອນນີ້ ແລະ ຈະຖືກສົ່ງທັນທີທີ່ມີອິນເຕີເນັດ.')).toBeTruthy();
    expect(api.server.attempts[0].status).toBe('in_progress');

    await network.back();
    expect(api.server.attempts[0].answers[SINGLE].answer).toBe('o2');
    expect(api.server.attempts[0].status).toBe('submitted');
    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
  });

  it('goes to the result when a save finds the attempt closed (409)', async () => {
    const api = fakeQuizApi();
    renderApp(quizPath);
    await startQuiz();
    // Closed meanwhile, say from another device or by the deadline.
    Object.assign(api.server.attempts[0], { status: 'submitted' });

    fireEvent.click(screen.getByLabelText('ວຽງຈັນ'));
    await tick(800);

    expect(await screen.findByRole('heading', { level: 1, name: 'ຜົນການທົດສອບ' })).toBeTruthy();
    expect(hasPending(api.server.attempts[0].id)).toBe(false);
  });

  it.each([
    ['the attempt limit', { statusCode: 409, error: 'Conflict', message: 'all used', details: [{ code: 'assessments.attempt-limit' }] }, ['ທ່ານໄດ້ໃຊ້ຄົບທຸກເທື່ອທີ່ແບບທົດສອບນີ້ອະນຸຍາດແລ້ວ.']],
    ['not being enrolled', { statusCode: 409, error: 'Conflict', message: 'Enrol first', details: [{ code: 'assessments.not-enrolled' }] }, ['ທ່ານຕ້ອງລົງທະບຽນຮຽນຫຼັກສູດນີ້ກ່ອນ ຈຶ່ງຈະເຮັດແບບທົດສອບຂອງຫຼັກສູດໄດ້.', 'ໄປຫາຫຼັກສູດ']],
    [
      'modules still to finish before a final exam',
      { statusCode: 409, error: 'Conflict', message: '2 item(s) remain', details: [{ code: 'assessments.modules-incomplete' }, { itemId: 'l1', title: 'ບົດຮຽນທີ 3: ຟິດຊິງ' }, { itemId: 'q2', title: 'ແບບທົດສອບພາກທີ 2' }] },
      ['ການສອບເສັງທ້າຍຫຼັກສູດນີ້ຈະເປີດ ເມື່ອທ່ານຮຽນພາກອື່ນໆຂອງຫຼັກສູດສຳເລັດແລ້ວ.', 'ຍັງເຫຼືອ (2):', 'ບົດຮຽນທີ 3: ຟິດຊິງ', 'ແບບທົດສອບພາກທີ 2', 'ໄປຫາຫຼັກສູດ'],
    ],
  ])('explains a 409 on start: %s', async (_case, body, texts) => {
    fakeQuizApi({ requiresOtherModules: true, intercept: (call) => (call.method === 'POST' && call.url.endsWith('/attempts') ? { status: 409, body } : undefined) });
    renderApp(quizPath);

    fireEvent.click(await screen.findByRole('button', { name: 'ເລີ່ມເຮັດແບບທົດສອບ' }));

    const alert = await screen.findByRole('alert');
    for (const text of texts) expect(within(alert).getByText(text)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^ຄຳຖາມທີ/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'ເລີ່ມເຮັດແບບທົດສອບ' })).toBeTruthy();
  });

  it('offers no start once every attempt is used, and links each past attempt to its result (in English too)', async () => {
    fakeQuizApi({ maxAttempts: 1, attempts: [graded] });
    renderApp(quizPath, { locale: 'en' });

    expect(await screen.findByText('You have used all the attempts this quiz allows.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Start/ })).toBeNull();
    expect(screen.getByText('1 of 1 used')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Attempt 1' }).getAttribute('href')).toBe(`/attempts/${graded.id}`);
    expect(screen.getAllByText('45.5% · Not passed')).toHaveLength(2);
  });
});

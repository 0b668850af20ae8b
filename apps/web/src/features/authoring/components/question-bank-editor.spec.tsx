import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { QuestionBankView, QuestionView } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn, type RecordedCall } from '../../../testing/test-utils';
import { QuestionBanksPanel } from './question-banks-panel';

const SECRET = 'SECRET-FEEDBACK';
const bank = (over: Partial<QuestionBankView>): QuestionBankView => ({ id: 'b1', title: 'ຄັງພື້ນຖານ', courseId: 'c1', createdBy: demoUser.id, questionCount: 1, createdAt: '2026-01-01T00:00:00.000Z', ...over });
const choice: QuestionView = {
  id: 'q1',
  bankId: 'b1',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  type: 'single_choice',
  title: 'ຟິດຊິງ',
  prompt: 'ອີເມວໃດເປັນ **ຟິດຊິງ**?<script>window.hacked = true</script>',
  format: 'html',
  generalFeedback: `${SECRET} general`,
  options: [
    { text: 'ລິ້ງໄປເວັບທະນາຄານປອມ', weight: 100, feedback: `${SECRET} right` },
    { text: 'ບັນທຶກຈາກຫົວໜ້າ', weight: 0, feedback: `${SECRET} wrong` },
  ],
};

function renderPanel(locale?: 'lo' | 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient} initialLocale={locale}>
      <MemoryRouter initialEntries={['/staff/courses/c1']}>
        <main>
          <QuestionBanksPanel courseId="c1" lang="lo" />
        </main>
      </MemoryRouter>
    </AppProvider>,
  );
}

/** Opens a bank's "Questions" and waits for its list. */
async function openQuestions(bankTitle: string) {
  const card = (await screen.findByText(bankTitle)).closest('section')!;
  fireEvent.click(within(card).getByText('ຄຳຖາມ', { selector: 'summary' }));
  const editor = await within(card).findByTestId('question-bank-editor');
  await within(editor).findAllByTestId('question-row');
  return { card, editor };
}

describe('the question bank editor (staff)', () => {
  let calls: RecordedCall[];
  let addStatus: number;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    addStatus = 201;
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      const page = (items: unknown[]) => ({ status: 200, body: { items, total: items.length, page: 1, pageSize: 20 } });
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks') return page(url.searchParams.get('courseId') ? [bank({})] : [bank({ id: 'b2', title: 'ຄັງຂອງສະຖາບັນ', courseId: null, createdBy: 'someone-else' }), bank({ id: 'b3', courseId: 'other-course' })]);
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks/b1/questions') return page([choice]);
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks/b2/questions') return page([{ ...choice, id: 'q2', bankId: 'b2', title: 'ຄຳຖາມຂອງສະຖາບັນ' }]);
      if (call.method === 'GET' && url.pathname === '/api/v1/questions/q1') return { status: 200, body: choice };
      if (call.method === 'POST' && url.pathname === '/api/v1/question-banks/b1/questions') {
        if (addStatus === 400) return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'x', details: [{ code: 'assessments.question-invalid' }, { message: 'options[1].text must be at most 5,000 characters long' }, { message: 'something else entirely' }] } };
        return { status: 201, body: { ...(call.body as object), id: 'q9', bankId: 'b1', version: 1, updatedAt: '2026-01-02T00:00:00.000Z' } };
      }
      if (call.method === 'PUT' && url.pathname === '/api/v1/questions/q1') return { status: 200, body: { ...(call.body as object), id: 'q1', bankId: 'b1', version: 2, updatedAt: '2026-01-02T00:00:00.000Z' } };
      if (call.method === 'DELETE' && url.pathname === '/api/v1/questions/q1') return { status: 204 };
      if (call.method === 'POST' && url.pathname === '/api/v1/question-banks/b1/import') {
        const errors = [
          { line: 1, message: '"{" is never closed by "}"', code: 'assessments.import.gift-syntax' },
          { line: 3, message: 'options must have at least one option worth 100%', code: 'assessments.import.question-invalid', field: 'options' },
          { line: 5, message: 'a problem of a kind this app does not know', code: 'assessments.import.from-the-future' },
        ];
        return { status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message: '3 problems', details: [{ code: 'assessments.import-invalid' }], imported: 0, errors } };
      }
      return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'no', details: [] } };
    });
  });

  it('previews a question as the learner’s quiz screen shows it: no weight, no feedback, no script', async () => {
    renderPanel();
    const { editor } = await openQuestions('ຄັງພື້ນຖານ');
    const row = await within(editor).findByTestId('question-row');
    expect(within(row).getByText('ຟິດຊິງ')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'ເບິ່ງຕົວຢ່າງຂອງ “ຟິດຊິງ”' }));
    const preview = within(row).getByTestId('question-preview');
    expect(within(preview).getByText('ຄຳຖາມທີ 1 ຈາກ 1')).toBeTruthy();
    // Options as radios the author can try; the HTML prompt is sanitised.
    fireEvent.click(within(preview).getByRole('radio', { name: 'ລິ້ງໄປເວັບທະນາຄານປອມ' }));
    expect((within(preview).getByRole('radio', { name: 'ລິ້ງໄປເວັບທະນາຄານປອມ' }) as HTMLInputElement).checked).toBe(true);
    expect(preview.innerHTML).not.toContain('script');
    expect(preview.textContent).not.toContain(SECRET);
    expect(preview.textContent).not.toContain('100');
    // Only the course's banks and the institute's: another course's bank is not listed.
    expect(screen.getAllByTestId('question-bank')).toHaveLength(2);
  });

  it('checks a new question as the server would, shows the server’s 400 by field, then adds it', async () => {
    renderPanel();
    const { editor } = await openQuestions('ຄັງພື້ນຖານ');
    fireEvent.click(within(editor).getByRole('button', { name: 'ເພີ່ມຄຳຖາມ' }));
    const form = within(editor).getByTestId('question-form');
    const field = (label: string) => within(form).getByLabelText(label);
    fireEvent.change(field('ຄຳຖາມ'), { target: { value: 'ລະຫັດຜ່ານໃດແຂງແຮງ?' } });
    fireEvent.change(field('ຂໍ້ຄວາມຂອງຕົວເລືອກທີ 1'), { target: { value: 'ລາວ-ໄຟຟ້າ-2026' } });
    fireEvent.change(field('ຄະແນນຂອງຕົວເລືອກທີ 1 (%)'), { target: { value: '50' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກຄຳຖາມ' }));
    expect(within(form).getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.')).toBeTruthy();
    expect(within(form).getByText('ຢ່າງໜ້ອຍໜຶ່ງຄຳຕອບຕ້ອງໄດ້ 100.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(field('ຄະແນນຂອງຕົວເລືອກທີ 1 (%)'), { target: { value: '100' } });
    fireEvent.change(field('ຂໍ້ຄວາມຂອງຕົວເລືອກທີ 2'), { target: { value: 'password1' } });
    fireEvent.change(field('ຄຳແນະນຳສຳລັບຕົວເລືອກທີ 2'), { target: { value: 'ງ່າຍເກີນໄປ' } });
    addStatus = 400;
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກຄຳຖາມ' }));
    const refused = await within(form).findByTestId('server-problems');
    expect(within(refused).getByText('options[1].text must be at most 5,000 characters long').getAttribute('lang')).toBe('en');
    expect(within(refused).getByText('something else entirely')).toBeTruthy();
    const textField = field('ຂໍ້ຄວາມຂອງຕົວເລືອກທີ 2');
    expect(textField.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(textField.getAttribute('aria-describedby')!)!.textContent).toBe('ເຊີບເວີບໍ່ຮັບຄ່ານີ້ (ເບິ່ງເຫດຜົນຂ້າງລຸ່ມ).');

    addStatus = 201;
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກຄຳຖາມ' }));
    expect(await screen.findByText('ບັນທຶກ “ລະຫັດຜ່ານໃດແຂງແຮງ?” ແລ້ວ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').at(-1)!.body).toEqual({
      type: 'single_choice',
      prompt: 'ລະຫັດຜ່ານໃດແຂງແຮງ?',
      format: 'moodle',
      points: 1,
      options: [
        { text: 'ລາວ-ໄຟຟ້າ-2026', weight: 100 },
        { text: 'password1', weight: 0, feedback: 'ງ່າຍເກີນໄປ' },
      ],
    });
  });

  it('builds each type’s own form, with the learner’s view beside it', async () => {
    renderPanel();
    const { editor } = await openQuestions('ຄັງພື້ນຖານ');
    fireEvent.change(within(editor).getByLabelText('ປະເພດຂອງຄຳຖາມໃໝ່'), { target: { value: 'matching' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'ເພີ່ມຄຳຖາມ' }));
    const form = within(editor).getByTestId('question-form');
    fireEvent.change(within(form).getByLabelText('ລາຍການທີ 1'), { target: { value: 'ອີເມວ' } });
    fireEvent.change(within(form).getByLabelText('ຄູ່ຂອງລາຍການທີ 1'), { target: { value: 'ຂໍ້ຄວາມ' } });
    fireEvent.change(within(form).getByLabelText('ຄູ່ຂອງລາຍການທີ 2'), { target: { value: 'ຕາຕະລາງ' } });
    fireEvent.change(within(form).getByLabelText('ຄູ່ຂອງລາຍການທີ 3'), { target: { value: 'ຂໍ້ຄວາມ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກຄຳຖາມ' }));
    expect(within(form).getByText('ຕ້ອງມີຢ່າງໜ້ອຍ 2 ຄູ່ທີ່ມີລາຍການ; ຄູ່ທີ່ບໍ່ມີລາຍການເປັນພຽງຕົວເລືອກຫຼອກ.')).toBeTruthy();
    // The preview offers each distinct answer once, for the one item that has a prompt.
    const preview = within(editor).getByTestId('question-preview');
    const select = within(preview).getByRole('combobox');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['ເລືອກ…', 'ຂໍ້ຄວາມ', 'ຕາຕະລາງ']);

    fireEvent.change(within(form).getByLabelText('ປະເພດຄຳຖາມ'), { target: { value: 'numeric' } });
    fireEvent.change(within(form).getByLabelText('ຄ່າຂອງຄຳຕອບທີ 1'), { target: { value: '3,5' } });
    fireEvent.change(within(form).getByLabelText('ຄວາມຄາດເຄື່ອນຂອງຄຳຕອບທີ 1 (±)'), { target: { value: '-1' } });
    expect(within(form).getByText('ຕ້ອງເປັນ 0 ຫຼື ຫຼາຍກວ່າ.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('ແບບຂອງຄຳຕອບທີ 1'), { target: { value: 'range' } });
    fireEvent.change(within(form).getByLabelText('ຄ່າຕ່ຳສຸດຂອງຄຳຕອບທີ 1'), { target: { value: '5' } });
    fireEvent.change(within(form).getByLabelText('ຄ່າສູງສຸດຂອງຄຳຕອບທີ 1'), { target: { value: '2' } });
    expect(within(form).getByText('ຄ່າສູງສຸດຕ້ອງບໍ່ນ້ອຍກວ່າຄ່າຕ່ຳສຸດ.')).toBeTruthy();
    expect(within(preview).getByRole('textbox')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('warns that a changed key regrades, then sends the whole question with PUT', async () => {
    renderPanel();
    const { editor } = await openQuestions('ຄັງພື້ນຖານ');
    fireEvent.click(within(editor).getByRole('button', { name: 'ແກ້ໄຂ “ຟິດຊິງ”' }));
    const form = await within(editor).findByTestId('question-form');
    fireEvent.change(within(form).getByLabelText('ຄຳແນະນຳສຳລັບຕົວເລືອກທີ 1'), { target: { value: 'ຖືກແລ້ວ' } });
    expect(within(form).queryByTestId('regrade-warning')).toBeNull();
    fireEvent.change(within(form).getByLabelText('ຄະແນນຂອງຕົວເລືອກທີ 1 (%)'), { target: { value: '0' } });
    fireEvent.change(within(form).getByLabelText('ຄະແນນຂອງຕົວເລືອກທີ 2 (%)'), { target: { value: '100' } });
    expect(within(form).getByTestId('regrade-warning')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກ ແລະ ໃຫ້ຄະແນນໃໝ່' }));
    expect(await screen.findByText('ບັນທຶກ “ຟິດຊິງ” ແລ້ວ. ການເຮັດແບບທົດສອບທີ່ໃຫ້ຄະແນນແລ້ວກຳລັງຖືກໃຫ້ຄະແນນໃໝ່.')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      type: 'single_choice',
      title: 'ຟິດຊິງ',
      prompt: choice.prompt,
      format: 'html',
      generalFeedback: `${SECRET} general`,
      points: 1,
      options: [
        { text: 'ລິ້ງໄປເວັບທະນາຄານປອມ', weight: 0, feedback: 'ຖືກແລ້ວ' },
        { text: 'ບັນທຶກຈາກຫົວໜ້າ', weight: 100, feedback: `${SECRET} wrong` },
      ],
    });
  });

  it('archives a question only after asking', async () => {
    renderPanel();
    const { editor } = await openQuestions('ຄັງພື້ນຖານ');
    fireEvent.click(within(editor).getByRole('button', { name: 'ເກັບເຂົ້າແຟ້ມ “ຟິດຊິງ”' }));
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([]);
    fireEvent.click(within(editor).getByRole('button', { name: 'ແມ່ນ, ເກັບເຂົ້າແຟ້ມ' }));
    expect(await screen.findByText('ເກັບ “ຟິດຊິງ” ເຂົ້າແຟ້ມແລ້ວ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/v1/questions/q1']);
  });

  it('words each import problem by its code in the reader’s language, with the server’s sentence; an unknown code keeps only the sentence', async () => {
    renderPanel();
    const card = (await screen.findByText('ຄັງພື້ນຖານ')).closest('section')!;
    fireEvent.click(within(card).getByText('ນຳເຂົ້າຄຳຖາມ', { selector: 'summary' }));
    const form = await within(card).findByTestId('import-form');
    fireEvent.change(within(form).getByLabelText('ຄຳຖາມ (ວາງຂໍ້ຄວາມ ຫຼື ເລືອກໄຟລ໌)'), { target: { value: '::Q:: {=x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ນຳເຂົ້າ' }));
    const list = await within(form).findByTestId('import-errors');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'ແຖວ 1: ຂຽນ GIFT ບໍ່ຖືກຕ້ອງ: "{" is never closed by "}"',
      'ແຖວ 3: ອ່ານຄຳຖາມໄດ້, ແຕ່ມັນບໍ່ຖືກຕ້ອງ: options must have at least one option worth 100%',
      'ແຖວ 5: a problem of a kind this app does not know',
    ]);
    expect(within(list).getByText('a problem of a kind this app does not know').getAttribute('lang')).toBe('en');
  });

  it('shows another instructor’s institute bank read-only: preview, but no add, edit, archive or import', async () => {
    renderPanel();
    const { card, editor } = await openQuestions('ຄັງຂອງສະຖາບັນ');
    expect(within(editor).getByText(/ມີພຽງຜູ້ສ້າງ ຫຼື ຜູ້ບໍລິຫານລະບົບ/)).toBeTruthy();
    const row = await within(editor).findByTestId('question-row');
    expect(within(row).getByRole('button', { name: 'ເບິ່ງຕົວຢ່າງຂອງ “ຄຳຖາມຂອງສະຖາບັນ”' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /ແກ້ໄຂ|ເກັບ/ })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'ເພີ່ມຄຳຖາມ' })).toBeNull();
    expect(within(card).queryByText('ນຳເຂົ້າຄຳຖາມ')).toBeNull();
  });

  it('has no serious or critical axe-core findings with the form and preview open, in Lao and in English', async () => {
    const canvas = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    for (const locale of ['lo', 'en'] as const) {
      const { container, unmount } = renderPanel(locale);
      const card = (await screen.findByText('ຄັງພື້ນຖານ')).closest('section')!;
      fireEvent.click(card.querySelector('summary')!);
      const editor = await within(card).findByTestId('question-bank-editor');
      await within(editor).findByTestId('question-row');
      fireEvent.click(within(editor).getAllByRole('button', { expanded: false })[1]);
      await within(editor).findByTestId('question-form');
      await act(async () => {
        const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
        expect({ locale, violations: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`) }).toEqual({ locale, violations: [] });
      });
      unmount();
    }
    canvas.mockRestore();
  });
});

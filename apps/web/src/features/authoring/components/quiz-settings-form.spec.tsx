import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { QuizView } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn, type RecordedCall } from '../../../testing/test-utils';
import { QuizSettingsToggle } from './quiz-settings-form';

const QUIZ: QuizView = {
  id: 'z1', courseId: 'c1', moduleId: 'm1', title: 'ກວດຄວາມເຂົ້າໃຈ', position: 2, questionBankId: 'b1', selection: { mode: 'all' }, passPercent: 70,
  timeLimitMinutes: null, maxAttempts: 3, shuffle: false, shuffleOptions: false, scorePolicy: 'highest', feedback: 'after_grading', requiresOtherModules: false,
};
const bank = (id: string, title: string, courseId: string | null) => ({ id, title, courseId, createdBy: 'u', questionCount: 4, createdAt: '2026-01-01T00:00:00.000Z' });

function renderToggle() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={['/staff/courses/c1']}>
        <ol>
          <li>
            <QuizSettingsToggle quizId="z1" title={QUIZ.title} lang="lo" />
          </li>
        </ol>
      </MemoryRouter>
    </AppProvider>,
  );
}

describe('quiz settings (staff)', () => {
  let calls: RecordedCall[];
  let patchStatus: number;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    patchStatus = 200;
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      const page = (items: unknown[]) => ({ status: 200, body: { items, total: items.length, page: 1, pageSize: 100 } });
      if (call.method === 'GET' && url.pathname === '/api/v1/quizzes/z1') return { status: 200, body: QUIZ };
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks') return page(url.searchParams.get('courseId') ? [bank('b1', 'ຄັງຂອງຫຼັກສູດ', 'c1')] : [bank('b2', 'ຄັງກາງ', null)]);
      if (call.method === 'PATCH' && url.pathname === '/api/v1/quizzes/z1') {
        if (patchStatus === 400) return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'passPercent must not be greater than 100', details: [{ field: 'passPercent', messages: ['passPercent must not be greater than 100'] }] } };
        return { status: 200, body: { ...QUIZ, ...(call.body as object) } };
      }
      return { status: 404, body: {} };
    });
  });

  it('opens from the quiz’s row with its settings, checks them, and saves them with PATCH', async () => {
    renderToggle();
    const toggle = screen.getByRole('button', { name: 'ການຕັ້ງຄ່າຂອງ “ກວດຄວາມເຂົ້າໃຈ”' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const form = await screen.findByTestId('quiz-settings-form');
    expect((within(form).getByLabelText('ຈຳນວນຄັ້ງທີ່ເຮັດໄດ້') as HTMLInputElement).value).toBe('3');
    // Institute banks are offered beside the course's own.
    expect(await within(form).findByRole('option', { name: 'ຄັງກາງ (ສະຖາບັນ)' })).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('ຄຳຖາມທີ່ໃຊ້'), { target: { value: 'random' } });
    fireEvent.change(within(form).getByLabelText('ເວລາຈຳກັດ (ນາທີ)'), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກການຕັ້ງຄ່າ' }));
    expect(within(form).getByText('ກະລຸນາປ້ອນຕົວເລກຖ້ວນ ແຕ່ 1 ຫາ 500.')).toBeTruthy();
    expect(within(form).getByText('ກະລຸນາປ້ອນຕົວເລກຖ້ວນ ແຕ່ 1 ຫາ 600, ຫຼື ປ່ອຍຫວ່າງ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);

    fireEvent.change(within(form).getByLabelText('ຈຳນວນຄຳຖາມທີ່ສຸ່ມ'), { target: { value: '10' } });
    fireEvent.change(within(form).getByLabelText('ໝວດ (ບໍ່ບັງຄັບ)'), { target: { value: 'ພາກທີ 1' } });
    fireEvent.change(within(form).getByLabelText('ເວລາຈຳກັດ (ນາທີ)'), { target: { value: '20' } });
    fireEvent.change(within(form).getByLabelText('ຈຳນວນຄັ້ງທີ່ເຮັດໄດ້'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('ຄັງຄຳຖາມ'), { target: { value: 'b2' } });
    fireEvent.click(within(form).getByLabelText('ສະຫຼັບລຳດັບຄຳຖາມ'));
    fireEvent.click(within(form).getByLabelText(/^ສອບເສັງທ້າຍຫຼັກສູດ/));
    fireEvent.change(within(form).getByLabelText('ສະແດງຄຳແນະນຳ ແລະ ຄຳຕອບທີ່ຖືກ'), { target: { value: 'never' } });

    patchStatus = 400;
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກການຕັ້ງຄ່າ' }));
    expect(await within(form).findByText('ເຊີບເວີບໍ່ຮັບຄ່ານີ້.')).toBeTruthy();
    expect((within(form).getByLabelText('ຄະແນນຜ່ານ (%)') as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');

    patchStatus = 200;
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກການຕັ້ງຄ່າ' }));
    expect(await screen.findByText('ບັນທຶກການຕັ້ງຄ່າຂອງ “ກວດຄວາມເຂົ້າໃຈ” ແລ້ວ.')).toBeTruthy();
    expect(screen.queryByTestId('quiz-settings-form')).toBeNull();
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)!.body).toEqual({
      title: 'ກວດຄວາມເຂົ້າໃຈ',
      questionBankId: 'b2',
      selection: { mode: 'random', count: 10, category: 'ພາກທີ 1' },
      passPercent: 70,
      timeLimitMinutes: 20,
      maxAttempts: null,
      shuffle: true,
      shuffleOptions: false,
      scorePolicy: 'highest',
      feedback: 'never',
      requiresOtherModules: true,
    });
  });
});

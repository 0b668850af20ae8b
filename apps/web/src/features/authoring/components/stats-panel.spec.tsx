import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { CourseStats } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn } from '../../../testing/test-utils';
import { StatsPanel } from './stats-panel';

const STATS: CourseStats = {
  courseId: 'c1',
  quizzes: [
    {
      quizId: 'z1', title: 'ກວດຄວາມເຂົ້າໃຈ', attempts: 1234, learners: 800, graded: 1200, awaitingReview: 0, passed: 900, passRate: 0.75, averagePercent: 68.4,
      mostMissed: [{ questionId: 'q1', type: 'single_choice', title: null, prompt: 'ອີເມວໃດເປັນຟິດຊິງ?', answered: 1200, missed: 480, missRate: 0.4 }],
    },
    { quizId: 'z2', title: 'ສອບເສັງທ້າຍ', attempts: 0, learners: 0, graded: 0, awaitingReview: 0, passed: 0, passRate: null, averagePercent: null, mostMissed: [] },
  ],
};

describe('course statistics (staff)', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    mockFetch((call) => (call.url === '/api/v1/courses/c1/stats' ? { status: 200, body: STATS } : { status: 404, body: {} }));
  });

  it('shows each quiz’s attempts, pass rate, average and most missed questions, with Lao numbers', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProvider queryClient={queryClient}>
        <MemoryRouter initialEntries={['/staff/courses/c1']}>
          <StatsPanel courseId="c1" lang="lo" />
        </MemoryRouter>
      </AppProvider>,
    );
    const [first, second] = await screen.findAllByTestId('quiz-stats');
    expect(within(first).getByText('1.234 ຄັ້ງ, ໂດຍຜູ້ຮຽນ 800 ຄົນ')).toBeTruthy();
    expect(within(first).getByText(/^75\s?% \(ຜ່ານ 900 ຈາກ 1.200 ຄັ້ງທີ່ໃຫ້ຄະແນນແລ້ວ\)$/)).toBeTruthy();
    const table = within(first).getByRole('table', { name: 'ຄຳຖາມທີ່ຕອບຜິດຫຼາຍທີ່ສຸດ' });
    expect(within(table).getByText('ອີເມວໃດເປັນຟິດຊິງ?')).toBeTruthy();
    expect(within(table).getByText(/^480 ຈາກ 1.200 \(40\s?%\)$/)).toBeTruthy();
    expect(within(second).getAllByText('ຍັງບໍ່ມີ')).toHaveLength(2);
    expect(within(second).queryByRole('table')).toBeNull();
  });
});

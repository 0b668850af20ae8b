import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { PublishPreview } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn } from '../../../testing/test-utils';
import { PublishConfirm } from './publish-confirm';

const PREVIEW: PublishPreview = {
  courseId: 'c1', draftVersion: 3, publishedVersion: 2, hasChanges: true, details: ['summary'],
  modules: [{ moduleId: 'm2', title: 'ພາກສອງ', change: 'added', fields: [] }],
  items: [
    { itemId: 'l1', kind: 'lesson', title: 'ບົດທີ 1', moduleId: 'm1', moduleTitle: 'ພາກຕົ້ນ', change: 'changed', fields: ['title', 'content'] },
    { itemId: 'z1', kind: 'quiz', title: 'ກວດຄວາມເຂົ້າໃຈ', moduleId: 'm1', moduleTitle: 'ພາກຕົ້ນ', change: 'removed', fields: [] },
  ],
  learners: { enrolled: 12, inProgress: 9, completed: 3 },
  progress: { affected: true, learnersAffected: 9 },
};

function renderConfirm(onConfirm = jest.fn(), onCancel = jest.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={['/staff/courses/c1']}>
        <PublishConfirm courseId="c1" lang="lo" busy={false} onConfirm={onConfirm} onCancel={onCancel} />
      </MemoryRouter>
    </AppProvider>,
  );
  return { onConfirm, onCancel };
}

describe('publishing with a summary of the changes (staff)', () => {
  let preview: PublishPreview;
  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    preview = PREVIEW;
    mockFetch((call) => (call.url === '/api/v1/courses/c1/publish-preview' ? { status: 200, body: preview } : { status: 404, body: {} }));
  });

  it('lists what changes and whose progress it touches, and publishes only when confirmed', async () => {
    const { onConfirm, onCancel } = renderConfirm();
    const summary = await screen.findByTestId('publish-summary');
    expect(within(summary).getByText('ລາຍລະອຽດຫຼັກສູດທີ່ປ່ຽນ: ບົດສະຫຼຸບ.')).toBeTruthy();
    const items = within(summary).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['ເພີ່ມ: ພາກສອງ', 'ປ່ຽນ: ບົດຮຽນ ບົດທີ 1 · ພາກຕົ້ນ (ຊື່, ເນື້ອໃນ)', 'ລຶບອອກ: ແບບທົດສອບ ກວດຄວາມເຂົ້າໃຈ · ພາກຕົ້ນ']);
    expect(within(summary).getByTestId('publish-learners').textContent).toBe('ລົງທະບຽນ 12 ຄົນ: 9 ຄົນກຳລັງຮຽນ, 3 ຄົນສຳເລັດແລ້ວ. ຜູ້ທີ່ສຳເລັດແລ້ວຮັກສາສະບັບທີ່ເຂົາເຈົ້າຮຽນຈົບ.');
    expect(within(summary).getByTestId('publish-progress').textContent).toMatch(/^ຄວາມຄືບໜ້າຂອງຜູ້ຮຽນ 9 ຄົນ/);
    fireEvent.click(screen.getByRole('button', { name: 'ຍົກເລີກ' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'ເຜີຍແຜ່ດຽວນີ້' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('says so for a first publish with nobody enrolled', async () => {
    preview = { ...PREVIEW, publishedVersion: null, details: [], modules: [], items: [], learners: { enrolled: 0, inProgress: 0, completed: 0 }, progress: { affected: false, learnersAffected: 0 } };
    renderConfirm();
    expect(await screen.findByText('ນີ້ແມ່ນການເຜີຍແຜ່ຄັ້ງທຳອິດ: ຜູ້ຮຽນຈະເຫັນທຸກຢ່າງລຸ່ມນີ້.')).toBeTruthy();
    expect(screen.getByText('ຍັງບໍ່ມີຜູ້ຮຽນລົງທະບຽນ.')).toBeTruthy();
    expect(screen.queryByTestId('publish-progress')).toBeNull();
  });
});

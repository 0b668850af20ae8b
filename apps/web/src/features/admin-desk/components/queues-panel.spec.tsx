import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueueName, type FailedJobView, type QueueCounts, type SystemPingView } from '@lms/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { mockFetch, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';
import { PING_PATIENCE_MS } from '../api/pings';
import { refusal, renderAsAdmin } from '../testing/render-panel';
import { QueuesPanel } from './queues-panel';

const job = (id: string): FailedJobView => ({ id, name: 'grading.grade-attempt', failedReason: 'boom', attemptsMade: 8, timestamp: '2025-05-01T03:00:00Z', finishedOn: '2025-05-01T03:05:00Z' });

describe('job queues (admin)', () => {
  let calls: RecordedCall[];
  let failed: FailedJobView[];
  let countsAnswer: () => FakeResponse;
  let retryAnswer: (id: string) => FakeResponse;
  let pingHandled: boolean;

  beforeEach(() => {
    failed = [job('grading.a1'), job('grading.a2')];
    pingHandled = false;
    countsAnswer = () => ({ status: 200, body: Object.values(QueueName).map((name): QueueCounts => ({ name, waiting: name === 'grading' ? 1200 : 0, active: 0, delayed: 0, failed: name === 'grading' ? failed.length : 0, completed: 5 })) });
    retryAnswer = (id) => {
      failed = failed.filter((j) => j.id !== id);
      return { status: 204 };
    };
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (url.pathname === '/api/v1/system/queues') return countsAnswer();
      if (url.pathname === '/api/v1/system/queues/grading/failed') return { status: 200, body: { items: failed, total: failed.length, page: 1, pageSize: 20 } };
      const retry = /^\/api\/v1\/system\/queues\/grading\/jobs\/([^/]+)\/retry$/.exec(url.pathname);
      if (retry && call.method === 'POST') return retryAnswer(decodeURIComponent(retry[1]));
      const ping: SystemPingView = { id: 'p1', requestedAt: '2025-05-01T03:00:00Z', handledAt: pingHandled ? '2025-05-01T03:00:00.042Z' : null, roundTripMs: pingHandled ? 42 : null };
      if (url.pathname === '/api/v1/system/pings' || url.pathname === '/api/v1/system/pings/p1') return { status: call.method === 'POST' ? 201 : 200, body: ping };
      return { status: 404, body: {} };
    });
  });

  it('shows the counts of every queue, refreshes them, and retries a failed job', async () => {
    renderAsAdmin(<QueuesPanel />);
    const table = await screen.findByTestId('queue-counts');
    const grading = within(table).getByRole('row', { name: /ການໃຫ້ຄະແນນ/ });
    expect(within(grading).getByText('1.200')).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(Object.values(QueueName).length + 1);

    fireEvent.click(screen.getByRole('button', { name: 'ໂຫຼດຄືນ' }));
    await act(async () => undefined);
    expect(calls.filter((c) => c.url === '/api/v1/system/queues')).toHaveLength(2);

    fireEvent.click(within(grading).getByRole('button', { name: 'ສະແດງວຽກທີ່ລົ້ມເຫຼວຂອງ ການໃຫ້ຄະແນນ' }));
    const list = await screen.findByTestId('failed-jobs');
    expect(screen.getByRole('heading', { name: 'ວຽກທີ່ລົ້ມເຫຼວ: ການໃຫ້ຄະແນນ' })).toBeTruthy();
    expect(within(list).getAllByText('boom')).toHaveLength(2);
    fireEvent.click(within(list).getByRole('button', { name: 'ລອງວຽກ grading.a1 ໃໝ່' }));
    expect(await screen.findByText('ວຽກ grading.a1 ກັບເຂົ້າຄິວແລ້ວ.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.url).toBe('/api/v1/system/queues/grading/jobs/grading.a1/retry');
    expect(await within(screen.getByTestId('failed-jobs')).findAllByText('boom')).toHaveLength(1);
  });

  it('says so when the job is no longer failed (409), and when Redis does not answer (503)', async () => {
    retryAnswer = () => refusal(409, 'system.job-not-failed');
    renderAsAdmin(<QueuesPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'ສະແດງວຽກທີ່ລົ້ມເຫຼວຂອງ ການໃຫ້ຄະແນນ' }));
    fireEvent.click(await screen.findByRole('button', { name: 'ລອງວຽກ grading.a2 ໃໝ່' }));
    expect(await screen.findByText('ວຽກ grading.a2 ບໍ່ແມ່ນວຽກທີ່ລົ້ມເຫຼວອີກແລ້ວ (ຖືກລອງໃໝ່ ຫຼື ຖືກລຶບໄປແລ້ວ). ລາຍການໄດ້ຖືກອັບເດດແລ້ວ.')).toBeTruthy();

    countsAnswer = () => refusal(503, 'system.queues-unavailable');
    fireEvent.click(screen.getByRole('button', { name: 'ໂຫຼດຄືນ' }));
    expect(await screen.findByText('ອ່ານຄິວວຽກບໍ່ໄດ້: Redis ບໍ່ຕອບ.')).toBeTruthy();
  });

  it('checks the pipeline: says when the worker answered', async () => {
    renderAsAdmin(<QueuesPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'ກວດສອບລະບົບສົ່ງວຽກ' }));
    expect(await screen.findByRole('button', { name: 'ກຳລັງລໍຖ້າເຄື່ອງປະມວນຜົນ…' })).toBeTruthy();
    pingHandled = true;
    expect(await screen.findByText('ເຄື່ອງປະມວນຜົນຕອບພາຍໃນ 42 ມິນລິວິນາທີ. ລະບົບສົ່ງວຽກເຮັດວຽກປົກກະຕິ.')).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/v1/system/pings' && c.method === 'POST')).toHaveLength(1);
  });

  it('checks the pipeline: says when the worker did not answer in time', async () => {
    jest.useFakeTimers();
    try {
      renderAsAdmin(<QueuesPanel />);
      await act(async () => jest.advanceTimersByTimeAsync(10));
      fireEvent.click(screen.getByRole('button', { name: 'ກວດສອບລະບົບສົ່ງວຽກ' }));
      await act(async () => jest.advanceTimersByTimeAsync(PING_PATIENCE_MS + 1000));
      expect(screen.getByText('ເຄື່ອງປະມວນຜົນບໍ່ຕອບພາຍໃນ 15 ວິນາທີ. ກະລຸນາກວດເບິ່ງວ່າເຄື່ອງປະມວນຜົນກຳລັງເຮັດວຽກ ແລະ ເຊື່ອມຕໍ່ Redis ໄດ້.')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'ກວດສອບລະບົບສົ່ງວຽກ' })).toBeTruthy();
      const polls = calls.filter((c) => c.url === '/api/v1/system/pings/p1').length;
      expect(polls).toBeGreaterThan(5);
      // Once it has given up, it stops asking.
      await act(async () => jest.advanceTimersByTimeAsync(5000));
      expect(calls.filter((c) => c.url === '/api/v1/system/pings/p1')).toHaveLength(polls);
    } finally {
      jest.useRealTimers();
    }
  });
});

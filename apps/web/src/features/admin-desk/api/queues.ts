import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FailedJobView, Page, QueueCounts } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export const FAILED_PAGE_SIZE = 20;
const QUEUES_KEY = ['admin', 'queues'] as const;

/** GET /system/queues: each queue's counts, read when asked (the screen has a refresh button). */
export function useQueueCounts() {
  return useQuery({ queryKey: [...QUEUES_KEY, 'counts'], queryFn: ({ signal }) => api.get<QueueCounts[]>('/system/queues', { signal }) });
}

/** GET /system/queues/:name/failed: the failed jobs of one queue, most recently failed first. */
export function useFailedJobs(queue: string, page: number) {
  return useQuery({
    queryKey: [...QUEUES_KEY, 'failed', queue, page],
    queryFn: ({ signal }) => api.get<Page<FailedJobView>>(`/system/queues/${encodeURIComponent(queue)}/failed?page=${page}&pageSize=${FAILED_PAGE_SIZE}`, { signal }),
    enabled: queue !== '',
    placeholderData: keepPreviousData,
  });
}

/** POST /system/queues/:name/jobs/:id/retry → 204; counts and list are read again whatever the answer. */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queue, jobId }: { queue: string; jobId: string }) => api.post<void>(`/system/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: QUEUES_KEY }),
  });
}

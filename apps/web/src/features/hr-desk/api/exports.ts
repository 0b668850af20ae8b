import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportFormat, ExportKind, ExportView } from '@lms/contracts';
import { apiBlob, api } from '../../../lib/api-client';

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  orgUnitId?: string;
  courseId?: string;
}

const EXPORTS_KEY = ['hr', 'exports'] as const;
/** While an export is queued or running, its status is read again this often. */
const POLL_MS = 2000;

const unfinished = (items: readonly ExportView[] | undefined) => (items ?? []).some((e) => e.status === 'queued' || e.status === 'running');

/** GET /reports/exports: the asker's 50 newest exports, read again every two seconds while one is still being made. */
export function useMyExports() {
  return useQuery({
    queryKey: EXPORTS_KEY,
    queryFn: ({ signal }) => api.get<ExportView[]>('/reports/exports', { signal }),
    refetchInterval: (query) => (unfinished(query.state.data) ? POLL_MS : false),
  });
}

/** POST /reports/exports → 202: the worker makes the file; the list shows its progress. */
export function useRequestExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ExportRequest) => api.post<ExportView>('/reports/exports', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EXPORTS_KEY }),
  });
}

/** GET /reports/exports/:id/download, as a Blob (the bearer token cannot ride on a plain link). */
export function downloadExport(id: string): Promise<Blob> {
  return apiBlob(`/reports/exports/${encodeURIComponent(id)}/download`, { accept: '*/*' });
}

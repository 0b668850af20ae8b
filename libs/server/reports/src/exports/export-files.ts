import type { ExportFormat, ExportKind } from '@lms/contracts';

/** What an export's file is called and typed, for the worker that stores it and the API that serves it. */
export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const exportFileKey = (id: string, format: ExportFormat) => `exports/${id}.${format}`;

/** The name a download is saved under: `lane-completions-2026-12-02.xlsx`. */
export const exportFileName = (kind: ExportKind, format: ExportFormat, createdAt: Date) => `lane-${kind}-${new Date(createdAt).toISOString().slice(0, 10)}.${format}`;

import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { ExportView } from '@lms/contracts';
import { Clock, FileStorage, type Actor } from '@lms/server-core';
import type { RequestExportDto } from '../dtos/request-export.dto';
import { filtersOf } from '../report-filter';
import { ReportScope } from '../report-scope';
import { ReportsErrorCode, ReportsException } from '../reports.exception';
import { EXPORT_CONTENT_TYPE, exportFileName } from './export-files';
import { ExportsRepository, type ExportRow } from './exports.repository';

/** How long an export's file is kept. */
export const EXPORT_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export function exportView(row: ExportRow): ExportView {
  return {
    id: row.id,
    status: row.status,
    rowCount: row.rowCount,
    error: row.error,
    kind: row.kind,
    format: row.format,
    orgUnitId: row.orgUnitId,
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    bytes: row.bytes,
  };
}

/**
 * HR exports, the API's side: asking for one (scope checked, audited, queued), following it, and
 * downloading the file. An export is the asker's (admins may see any): anyone else, and anyone
 * whose scope no longer holds its unit, gets 404, as for one that does not exist.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly exports: ExportsRepository,
    private readonly scope: ReportScope,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async request(actor: Actor, dto: RequestExportDto): Promise<ExportView> {
    const orgUnitId = await this.scope.unitFor(actor, dto);
    const exist = await this.exports.filterTargetsExist(dto.courseId ?? null, dto.assignmentId ?? null);
    if (!exist.course) throw new ReportsException(ReportsErrorCode.UnknownFilter, 'courseId names no course', [{ field: 'courseId' }]);
    if (!exist.assignment) throw new ReportsException(ReportsErrorCode.UnknownFilter, 'assignmentId names no assignment', [{ field: 'assignmentId' }]);
    const now = this.clock.now();
    const row = await this.exports.request({
      requestedBy: actor.userId,
      kind: dto.kind,
      format: dto.format,
      orgUnitId,
      ...filtersOf(dto),
      locale: actor.locale,
      createdAt: now,
      expiresAt: new Date(now.getTime() + EXPORT_LIFETIME_MS),
    });
    return exportView(row);
  }

  async mine(actor: Actor): Promise<ExportView[]> {
    return (await this.exports.mine(actor.userId, 50)).map(exportView);
  }

  async status(actor: Actor, id: string): Promise<ExportView> {
    return exportView(await this.visible(actor, id));
  }

  async download(actor: Actor, id: string): Promise<{ body: Readable; contentType: string; fileName: string; bytes: number | null }> {
    const row = await this.visible(actor, id);
    if (row.status !== 'done') throw new ReportsException(ReportsErrorCode.ExportNotReady, `The export is ${row.status}`);
    const body = row.fileKey && row.expiresAt > this.clock.now() ? await this.storage.open(row.fileKey) : null;
    if (!body) throw new ReportsException(ReportsErrorCode.ExportExpired, 'The export has expired; ask for it again');
    await this.exports.recordDownload(row, actor.userId);
    return { body, contentType: EXPORT_CONTENT_TYPE[row.format], fileName: exportFileName(row.kind, row.format, row.createdAt), bytes: row.bytes };
  }

  private async visible(actor: Actor, id: string): Promise<ExportRow> {
    const row = await this.exports.find(id);
    const mayAccess = row && (row.requestedBy === actor.userId || actor.roles.includes('admin')) && (await this.scope.mayRead(actor, row.orgUnitId));
    if (!row || !mayAccess) throw new ReportsException(ReportsErrorCode.ExportNotFound, 'Export not found');
    return row;
  }
}

import { Injectable } from '@nestjs/common';
import type { AuditEntry, Page } from '@lms/contracts';
import { AuditErrorCode, AuditException } from './audit.exception';
import type { AuditLogQueryDto } from './audit-log-query.dto';
import { AuditLogRepository } from './audit-log.repository';

/** The admin's reading of the audit log: filtered, paged, newest first. */
@Injectable()
export class AuditLogService {
  constructor(private readonly log: AuditLogRepository) {}

  async page(query: AuditLogQueryDto): Promise<Page<AuditEntry>> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from > to) throw new AuditException(AuditErrorCode.RangeReversed, '`from` is after `to`');
    const { items, total } = await this.log.page({ action: query.action, actorId: query.actorId, from, to }, (query.page - 1) * query.pageSize, query.pageSize);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  actions(): Promise<string[]> {
    return this.log.actions();
  }
}

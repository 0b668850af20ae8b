import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page } from '@lms/contracts';
import { Roles } from '../auth/access-policy';
import { AuditLogQueryDto } from './audit-log-query.dto';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @Roles('admin')
  page(@Query() query: AuditLogQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.page(query);
  }

  /** The actions the log holds, for the screen's filter. */
  @Get('actions')
  @Roles('admin')
  actions(): Promise<string[]> {
    return this.audit.actions();
  }
}

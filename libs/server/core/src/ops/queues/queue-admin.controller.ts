import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FailedJobView, Page, QueueCounts } from '@lms/contracts';
import { Roles } from '../../auth/access-policy';
import { PageQueryDto } from '../../http/page-query.dto';
import { QueueAdminService } from './queue-admin.service';

/** The BullMQ queues' health for admins: counts, failed jobs (never their data) and retrying one. */
@ApiTags('system')
@ApiBearerAuth()
@Controller('system/queues')
export class QueueAdminController {
  constructor(private readonly queues: QueueAdminService) {}

  @Get()
  @Roles('admin')
  counts(): Promise<QueueCounts[]> {
    return this.queues.counts();
  }

  @Get(':name/failed')
  @Roles('admin')
  failed(@Param('name') name: string, @Query() query: PageQueryDto): Promise<Page<FailedJobView>> {
    return this.queues.failed(name, query.page, query.pageSize);
  }

  @Post(':name/jobs/:id/retry')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  retry(@Param('name') name: string, @Param('id') id: string): Promise<void> {
    return this.queues.retry(name, id);
  }
}

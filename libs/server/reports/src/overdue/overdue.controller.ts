import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OverdueRow, Page } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { OverdueQueryDto } from './overdue-query.dto';
import { OverdueService } from './overdue.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class OverdueController {
  constructor(private readonly overdue: OverdueService) {}

  /** The people of a unit's subtree past a due date, oldest due first: HR's list to remind. */
  @Get('overdue')
  @Roles('hr_manager', 'admin')
  list(@CurrentActor() actor: Actor, @Query() query: OverdueQueryDto): Promise<Page<OverdueRow>> {
    return this.overdue.list(actor, query);
  }
}

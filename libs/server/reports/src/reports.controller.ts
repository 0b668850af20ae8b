import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ReportSummary } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { ReportFilterDto } from './dtos/report-filter.dto';
import { SummaryService } from './summary/summary.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly summaries: SummaryService) {}

  @Get('summary')
  @Roles('hr_manager', 'admin')
  summary(@CurrentActor() actor: Actor, @Query() query: ReportFilterDto): Promise<ReportSummary> {
    return this.summaries.summary(actor, query);
  }
}

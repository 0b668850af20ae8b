import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ExportView, ReportSummary, SkillsCoverage, SkillsTarget } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { ReportFilterDto } from './dtos/report-filter.dto';
import { RequestExportDto } from './dtos/request-export.dto';
import { SetSkillsTargetsDto } from './dtos/set-skills-targets.dto';
import { UnitQueryDto } from './dtos/unit-query.dto';
import { ExportsService } from './exports/exports.service';
import { SkillsService } from './skills/skills.service';
import { SummaryService } from './summary/summary.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly summaries: SummaryService,
    private readonly exports: ExportsService,
    private readonly skills: SkillsService,
  ) {}

  @Get('summary')
  @Roles('hr_manager', 'admin')
  summary(@CurrentActor() actor: Actor, @Query() query: ReportFilterDto): Promise<ReportSummary> {
    return this.summaries.summary(actor, query);
  }

  @Get('skills')
  @Roles('hr_manager', 'admin')
  skillsCoverage(@CurrentActor() actor: Actor, @Query() query: UnitQueryDto): Promise<SkillsCoverage> {
    return this.skills.coverage(actor, query.orgUnitId);
  }

  @Get('skills/targets')
  @Roles('hr_manager', 'admin')
  skillsTargets(): Promise<SkillsTarget[]> {
    return this.skills.targets();
  }

  @Put('skills/targets')
  @Roles('admin')
  setSkillsTargets(@CurrentActor() actor: Actor, @Body() body: SetSkillsTargetsDto): Promise<SkillsTarget[]> {
    return this.skills.setTargets(actor, body);
  }

  @Post('exports')
  @Roles('hr_manager', 'admin')
  @HttpCode(HttpStatus.ACCEPTED)
  requestExport(@CurrentActor() actor: Actor, @Body() body: RequestExportDto): Promise<ExportView> {
    return this.exports.request(actor, body);
  }

  @Get('exports')
  @Roles('hr_manager', 'admin')
  myExports(@CurrentActor() actor: Actor): Promise<ExportView[]> {
    return this.exports.mine(actor);
  }

  @Get('exports/:id')
  @Roles('hr_manager', 'admin')
  exportStatus(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExportView> {
    return this.exports.status(actor, id);
  }

  @Get('exports/:id/download')
  @Roles('hr_manager', 'admin')
  async download(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.exports.download(actor, id);
    reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'private, no-store');
    if (file.bytes !== null) reply.header('content-length', file.bytes);
    await reply.send(file.body);
  }
}

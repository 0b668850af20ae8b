import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AssignmentPreview, AssignmentResult, AssignmentView, Page } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { CreateAssignmentDto, ListAssignmentsQuery } from '../dtos/assignment.dto';
import { AssignmentsService } from './assignments.service';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post()
  @Roles('hr_manager', 'admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAssignmentDto): Promise<AssignmentResult> {
    return this.assignments.create(actor, dto);
  }

  /** The same body as POST /assignments, checked the same way; answers whom it would enrol, and writes nothing. */
  @Post('preview')
  @HttpCode(200)
  @Roles('hr_manager', 'admin')
  preview(@CurrentActor() actor: Actor, @Body() dto: CreateAssignmentDto): Promise<AssignmentPreview> {
    return this.assignments.preview(actor, dto);
  }

  @Get()
  @Roles('hr_manager', 'admin')
  list(@CurrentActor() actor: Actor, @Query() query: ListAssignmentsQuery): Promise<Page<AssignmentView>> {
    return this.assignments.list(actor, query);
  }

  /** Ends the rule: no one else is enrolled by it; existing enrolments stay. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('hr_manager', 'admin')
  async end(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.assignments.end(actor, id);
  }
}

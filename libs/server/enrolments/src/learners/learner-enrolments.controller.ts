import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { EnrolmentView } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { LearnerEnrolmentsService } from './learner-enrolments.service';

export class SendReminderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId: string;
}

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('users/:id')
export class LearnerEnrolmentsController {
  constructor(private readonly learners: LearnerEnrolmentsService) {}

  /** One person's enrolments, as they see them in "My learning"; HR within their subtree. */
  @Get('enrolments')
  @Roles('hr_manager', 'admin')
  enrolments(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<EnrolmentView[]> {
    return this.learners.list(actor, id);
  }

  /** A reminder about one unfinished course: in the app at once, and in the next digest email. */
  @Post('reminders')
  @HttpCode(204)
  @Roles('hr_manager', 'admin')
  async remind(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SendReminderDto): Promise<void> {
    await this.learners.remind(actor, id, dto.courseId);
  }
}

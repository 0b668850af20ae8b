import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EnrolmentView } from '@lms/contracts';
import { Authenticated, CurrentActor, type Actor } from '@lms/server-core';
import { CompleteLessonDto } from './dtos/assignment.dto';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller()
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  /** 201 with the new enrolment, 200 with the existing one. */
  @Post('courses/:id/enrol')
  @Authenticated()
  async enrol(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<EnrolmentView> {
    const { enrolment, created } = await this.enrolments.enrol(actor, id);
    void reply.status(created ? 201 : 200);
    return enrolment;
  }

  @Post('lessons/:id/complete')
  @Authenticated()
  complete(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CompleteLessonDto): Promise<EnrolmentView> {
    return this.enrolments.completeLesson(actor, id, dto.completedAt);
  }

  @Get('me/enrolments')
  @Authenticated()
  mine(@CurrentActor() actor: Actor): Promise<EnrolmentView[]> {
    return this.enrolments.mine(actor);
  }
}

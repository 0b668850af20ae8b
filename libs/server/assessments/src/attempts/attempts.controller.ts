import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AttemptView, QuizLearnerView, SaveResponsesResult } from '@lms/contracts';
import { Authenticated, CurrentActor, type Actor } from '@lms/server-core';
import { SaveResponsesDto } from '../dtos/attempt.dto';
import { AttemptsService } from './attempts.service';

@ApiTags('quizzes and attempts')
@ApiBearerAuth()
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  /** 201 with a new attempt; 200 with the open one when the learner already has one (resume after a reload). */
  @Post('quizzes/:id/attempts')
  @Authenticated()
  async start(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<AttemptView> {
    const { attempt, created } = await this.attempts.start(actor, id);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return attempt;
  }

  @Get('quizzes/:id/me')
  @Authenticated()
  mine(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<QuizLearnerView> {
    return this.attempts.quizForLearner(actor, id);
  }

  @Get('attempts/:id')
  @Authenticated()
  view(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<AttemptView> {
    return this.attempts.view(actor, id);
  }

  @Put('attempts/:id/responses')
  @Authenticated()
  save(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SaveResponsesDto): Promise<SaveResponsesResult> {
    return this.attempts.save(actor, id, dto);
  }

  @Post('attempts/:id/submit')
  @HttpCode(HttpStatus.ACCEPTED)
  @Authenticated()
  submit(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<{ id: string; status: string }> {
    return this.attempts.submit(actor, id);
  }
}

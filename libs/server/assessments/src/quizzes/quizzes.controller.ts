import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { QuizView } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { CreateQuizDto, UpdateQuizDto } from '../dtos/quiz.dto';
import { QuizzesService } from './quizzes.service';

@ApiTags('quizzes and attempts')
@ApiBearerAuth()
@Controller()
export class QuizzesController {
  constructor(private readonly quizzes: QuizzesService) {}

  @Post('modules/:id/quizzes')
  @Roles('instructor', 'admin')
  create(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateQuizDto): Promise<QuizView> {
    return this.quizzes.create(actor, id, dto);
  }

  @Get('quizzes/:id')
  @Roles('instructor', 'admin')
  view(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<QuizView> {
    return this.quizzes.view(actor, id);
  }

  @Patch('quizzes/:id')
  @Roles('instructor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateQuizDto): Promise<QuizView> {
    return this.quizzes.update(actor, id, dto);
  }
}

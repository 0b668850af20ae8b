import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, PendingGrading } from '@lms/contracts';
import { CurrentActor, PageQueryDto, Roles, type Actor } from '@lms/server-core';
import { GradeResponseDto } from '../dtos/attempt.dto';
import { GradingService } from './grading.service';

@ApiTags('grading')
@ApiBearerAuth()
@Controller()
export class GradingController {
  constructor(private readonly grading: GradingService) {}

  @Get('grading/pending')
  @Roles('instructor', 'admin')
  async pending(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<PendingGrading>> {
    const { items, total } = await this.grading.pending(actor, page);
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  @Post('attempts/:id/responses/:questionId/grade')
  @HttpCode(HttpStatus.OK)
  @Roles('instructor', 'admin')
  async grade(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('questionId', new ParseUUIDPipe()) questionId: string,
    @Body() dto: GradeResponseDto,
  ): Promise<{ attemptId: string; questionId: string; score: number }> {
    await this.grading.gradeEssay(actor, id, questionId, dto.score, dto.comment ?? null, dto.ifUngraded ?? false);
    return { attemptId: id, questionId, score: dto.score };
  }
}

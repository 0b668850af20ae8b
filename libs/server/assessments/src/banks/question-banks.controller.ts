import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { ImportResult, Page, QuestionBankView, QuestionView } from '@lms/contracts';
import { CurrentActor, PageQueryDto, readUploadedFile, Roles, type Actor } from '@lms/server-core';
import { CreateQuestionBankDto, ImportQuery, ListQuestionBanksQuery } from '../dtos/question-bank.dto';
import { QuestionBanksService } from './question-banks.service';

@ApiTags('question banks')
@ApiBearerAuth()
@Controller()
export class QuestionBanksController {
  constructor(private readonly banks: QuestionBanksService) {}

  @Post('question-banks')
  @Roles('instructor', 'admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateQuestionBankDto): Promise<QuestionBankView> {
    return this.banks.create(actor, dto);
  }

  @Get('question-banks')
  @Roles('instructor', 'admin')
  async list(@CurrentActor() actor: Actor, @Query() query: ListQuestionBanksQuery): Promise<Page<QuestionBankView>> {
    const { items, total } = await this.banks.list(actor, query.courseId, (query.page - 1) * query.pageSize, query.pageSize);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get('question-banks/:id/questions')
  @Roles('instructor', 'admin')
  questions(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() page: PageQueryDto): Promise<Page<QuestionView>> {
    return this.banks.questions(actor, id, page);
  }

  /** The body is one question in the JSON shape an import produces; it is validated by type, so no DTO class. */
  @Post('question-banks/:id/questions')
  @Roles('instructor', 'admin')
  @ApiBody({ schema: { type: 'object', description: 'A QuestionInput: {"type","prompt","format"?,"options"|"answers"|"pairs"|"correct",...}' } })
  addQuestion(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown): Promise<QuestionView> {
    return this.banks.addQuestion(actor, id, body);
  }

  @Post('question-banks/:id/import')
  @HttpCode(200)
  @Roles('instructor', 'admin')
  @ApiConsumes('multipart/form-data', 'text/plain', 'application/xml')
  @ApiUnprocessableEntityResponse({ description: '{"imported":0,"errors":[{"line","message"}]}: nothing was imported' })
  async import(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: ImportQuery, @Req() req: FastifyRequest): Promise<ImportResult> {
    const text = typeof req.body === 'string' ? req.body : new TextDecoder('utf-8').decode(await readUploadedFile(req, 'file'));
    return this.banks.import(actor, id, query.format, text.replace(/^\uFEFF/, ''));
  }

  @Get('questions/:id')
  @Roles('instructor', 'admin')
  question(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<QuestionView> {
    return this.banks.question(actor, id);
  }

  @Put('questions/:id')
  @Roles('instructor', 'admin')
  @ApiBody({ schema: { type: 'object', description: 'The whole question, as for POST /question-banks/:id/questions: stored as a new version' } })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown): Promise<QuestionView> {
    return this.banks.updateQuestion(actor, id, body);
  }

  @Delete('questions/:id')
  @HttpCode(204)
  @Roles('instructor', 'admin')
  async archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.banks.archiveQuestion(actor, id);
  }
}

import { BadRequestException, Body, Controller, Get, HttpCode, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@lms/server-core';
import type { JsonObject } from '../statements';
import { XapiStatementsService } from './statements.service';
import { XapiGuard, XapiScopes, type XapiRequest } from './xapi-guard';

/** Beside statementId or voidedStatementId only these may be given (Communication §2.1.3). */
const WITH_AN_ID = new Set(['statementId', 'voidedStatementId', 'attachments', 'format']);

/**
 * /xapi/statements (Communication §2.1). Access is the xAPI client's (HTTP Basic, checked by
 * XapiGuard), not a person's, so the bearer-token guard lets these through as public.
 */
@ApiTags('xapi')
@Controller('xapi/statements')
@UseGuards(XapiGuard)
export class XapiStatementsController {
  constructor(private readonly statements: XapiStatementsService) {}

  @Put()
  @Public()
  @XapiScopes('statements/write')
  @HttpCode(204)
  async put(@Req() request: XapiRequest, @Query('statementId') statementId: unknown, @Body() body: unknown): Promise<void> {
    await this.statements.put(request.xapiClient!, statementId, body);
  }

  @Post()
  @Public()
  @XapiScopes('statements/write')
  @HttpCode(200)
  post(@Req() request: XapiRequest, @Body() body: unknown): Promise<string[]> {
    return this.statements.post(request.xapiClient!, body);
  }

  @Get()
  @Public()
  @XapiScopes('statements/read')
  async get(@Query() query: Record<string, unknown>, @Req() request: XapiRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<JsonObject> {
    reply.header('X-Experience-API-Consistent-Through', this.statements.consistentThrough());
    const byId = typeof query.statementId === 'string' ? { id: query.statementId, voided: false } : typeof query.voidedStatementId === 'string' ? { id: query.voidedStatementId, voided: true } : null;
    if (byId) {
      const extra = Object.keys(query).filter((k) => !WITH_AN_ID.has(k));
      if (extra.length || (query.statementId !== undefined && query.voidedStatementId !== undefined)) throw new BadRequestException(`With statementId or voidedStatementId only attachments and format may be given, not ${extra.join(', ') || 'both ids'}`);
      return this.statements.one(byId.id, byId.voided, query.format, request.headers['accept-language']);
    }
    return this.statements.query(query, request.headers['accept-language']);
  }
}

import { BadRequestException, Body, Controller, Get, HttpCode, MethodNotAllowedException, Post, Put, Query, Req, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@lms/server-core';
import type { JsonObject } from '../statements';
import { readStatementsBody } from './statements-body';
import { XapiStatementsService } from './statements.service';
import { AlternateHeadInterceptor } from './alternate-head.interceptor';
import { XapiAccess, XapiGuard, type XapiRequest } from './xapi-guard';

/** Beside statementId or voidedStatementId only these may be given (Communication §2.1.3). */
const WITH_AN_ID = new Set(['statementId', 'voidedStatementId', 'attachments', 'format']);


/**
 * /xapi/statements (Communication §2.1). Access is the xAPI client's (HTTP Basic, checked by
 * XapiGuard), not a person's, so the bearer-token guard lets these through as public. A POST may
 * stand for another method (the alternate syntax, §1.3), which `xapiMethod` names.
 */
@ApiTags('xapi')
@Controller('xapi/statements')
@UseGuards(XapiGuard)
@UseInterceptors(AlternateHeadInterceptor)
@XapiAccess({ read: ['statements/read'], write: ['statements/write'] })
export class XapiStatementsController {
  constructor(private readonly statements: XapiStatementsService) {}

  @Put()
  @Public()
  @HttpCode(204)
  async put(@Req() request: XapiRequest, @Query() query: Record<string, unknown>, @Body() body: unknown): Promise<void> {
    const extra = Object.keys(query).filter((k) => k !== 'statementId');
    if (extra.length) throw new BadRequestException(`PUT takes only statementId, not ${extra.join(', ')}`);
    const { json, data } = readStatementsBody(request.headers['content-type'], body);
    await this.statements.put(request.xapiClient!, query.statementId, json, data);
  }

  @Post()
  @Public()
  @HttpCode(200)
  async post(@Req() request: XapiRequest, @Query() query: Record<string, unknown>, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    switch (request.xapiMethod) {
      case 'GET':
      case 'HEAD':
        return this.get(query, request, reply);
      case 'PUT':
        reply.status(204);
        return this.put(request, query, body);
      case 'POST':
        if (Object.keys(query).length) throw new BadRequestException(`POST takes no parameters, not ${Object.keys(query).join(', ')} (to query statements, GET them)`);
        const { json, data } = readStatementsBody(request.headers['content-type'], body);
        return this.statements.post(request.xapiClient!, json, data);
      default:
        throw new MethodNotAllowedException('Statements are stored with PUT or POST and read with GET; they are never deleted');
    }
  }

  @Get()
  @Public()
  async get(@Query() query: Record<string, unknown>, @Req() request: XapiRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<JsonObject | Buffer> {
    reply.header('X-Experience-API-Consistent-Through', this.statements.consistentThrough());
    if (query.attachments !== undefined && query.attachments !== 'true' && query.attachments !== 'false') throw new BadRequestException('attachments must be true or false');
    const found = await this.find(query, request);
    if (query.attachments !== 'true') return found;
    // attachments=true: the multipart/mixed response, the statements first, then each attachment's data once (§2.1.3).
    const multipart = await this.statements.withAttachments(found);
    reply.header('Content-Type', multipart.contentType);
    return multipart.body;
  }

  private find(query: Record<string, unknown>, request: XapiRequest): Promise<JsonObject> {
    const byId = typeof query.statementId === 'string' ? { id: query.statementId, voided: false } : typeof query.voidedStatementId === 'string' ? { id: query.voidedStatementId, voided: true } : null;
    if (byId) {
      const extra = Object.keys(query).filter((k) => !WITH_AN_ID.has(k));
      if (extra.length || (query.statementId !== undefined && query.voidedStatementId !== undefined)) throw new BadRequestException(`With statementId or voidedStatementId only attachments and format may be given, not ${extra.join(', ') || 'both ids'}`);
      return this.statements.one(byId.id, byId.voided, query.format, request.headers['accept-language']);
    }
    return this.statements.query(query, request.headers['accept-language']);
  }
}

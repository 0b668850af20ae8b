import { Body, Controller, Delete, Get, HttpCode, Inject, MethodNotAllowedException, Post, Put, Query, Req, Res, type Type, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { XapiScope } from '@lms/contracts';
import { Public } from '@lms/server-core';
import type { DocumentResource } from '../documents/document-params';
import { XapiDocumentsService, type DocumentBody } from '../documents/documents.service';
import { quoted, type Preconditions } from '../documents/preconditions';
import { AlternateHeadInterceptor } from './alternate-head.interceptor';
import { XapiAccess, XapiGuard, type XapiRequest } from './xapi-guard';

type Params = Record<string, unknown>;

/** The document a PUT or POST carries, as the bytes sent (documents may be of any type, Communication §1.5.b1). */
function documentOf(request: XapiRequest, body: unknown): DocumentBody {
  const contentType = String(request.headers['content-type'] ?? 'application/octet-stream');
  if (Buffer.isBuffer(body)) return { contentType, content: body };
  if (request.rawBody) return { contentType, content: request.rawBody };
  if (typeof body === 'string') return { contentType, content: Buffer.from(body, 'utf8') };
  return { contentType, content: body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body)) };
}

function preconditionsOf(request: XapiRequest): Preconditions {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return { ifMatch: header('if-match'), ifNoneMatch: header('if-none-match') };
}

/**
 * One Document Resource's routes (Communication §2.3, §2.6, §2.7): GET a document (with its
 * media type, ETag and Last-Modified) or the list of ids, PUT, POST (merge) and DELETE; a POST
 * may stand for any of them (the alternate syntax, §1.3).
 */
function documentsController(path: string, resource: DocumentResource, scope: XapiScope): Type<unknown> {
  @ApiTags('xapi')
  @Controller(`xapi/${path}`)
  @UseGuards(XapiGuard)
  @UseInterceptors(AlternateHeadInterceptor)
  @XapiAccess({ read: [scope], write: [scope] })
  class DocumentsController {
    constructor(@Inject(XapiDocumentsService) private readonly documents: XapiDocumentsService) {}

    @Get()
    @Public()
    async get(@Query() query: Params, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | string[]> {
      const read = await this.documents.read(resource, query);
      if ('one' in read) {
        void reply.header('Content-Type', read.one.contentType).header('ETag', quoted(read.one.etag)).header('Last-Modified', read.one.updated.toUTCString());
        return read.one.content;
      }
      void reply.header('ETag', quoted(read.etag));
      if (read.updated) void reply.header('Last-Modified', read.updated.toUTCString());
      return read.ids;
    }

    @Put()
    @Public()
    @HttpCode(204)
    async put(@Req() request: XapiRequest, @Query() query: Params, @Body() body: unknown): Promise<void> {
      await this.documents.write(resource, query, 'PUT', documentOf(request, body), preconditionsOf(request));
    }

    @Post()
    @Public()
    @HttpCode(204)
    async post(@Req() request: XapiRequest, @Query() query: Params, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | string[] | void> {
      switch (request.xapiMethod) {
        case 'GET':
        case 'HEAD':
          void reply.status(200);
          return this.get(query, reply);
        case 'PUT':
          return this.put(request, query, body);
        case 'POST':
          return this.documents.write(resource, query, 'POST', documentOf(request, body), preconditionsOf(request));
        case 'DELETE':
          return this.delete(request, query);
        default:
          throw new MethodNotAllowedException();
      }
    }

    @Delete()
    @Public()
    @HttpCode(204)
    async delete(@Req() request: XapiRequest, @Query() query: Params): Promise<void> {
      await this.documents.remove(resource, query, preconditionsOf(request));
    }
  }
  Object.defineProperty(DocumentsController, 'name', { value: `Xapi${resource.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}Controller` });
  return DocumentsController;
}

export const XapiStateController = documentsController('activities/state', 'state', 'state');
export const XapiActivityProfileController = documentsController('activities/profile', 'activity-profile', 'profiles');
export const XapiAgentProfileController = documentsController('agents/profile', 'agent-profile', 'profiles');

import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttachmentView } from '@lms/contracts';
import { ApiException, CurrentActor, Public, readUpload, Roles, type Actor } from '@lms/server-core';
import { AttachmentsService } from './attachments.service';
import { VARIANT_WIDTHS } from './image-variants';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('lessons/:id/attachments')
  @Roles('instructor', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  async add(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Req() req: FastifyRequest): Promise<AttachmentView> {
    return this.attachments.add(actor, id, await readUpload(req, 'file'));
  }

  /**
   * The file, or with ?width= one of its phone-sized renditions, behind the signed URL that a
   * lesson hands out (exp and sig), so that plain <img> and links work. Files never change, so
   * caches may keep them.
   */
  @Get('attachments/:id')
  @Public()
  @ApiQuery({ name: 'width', required: false, enum: [...VARIANT_WIDTHS] })
  @ApiQuery({ name: 'exp', required: true })
  @ApiQuery({ name: 'sig', required: true })
  async read(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('width') width: string | undefined,
    @Query('exp') exp: string | undefined,
    @Query('sig') sig: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (width !== undefined && !/^\d{1,5}$/.test(width)) throw new ApiException(400, 'width must be a whole number of pixels');
    const file = await this.attachments.read(id, width, exp, sig);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(file.body);
  }
}

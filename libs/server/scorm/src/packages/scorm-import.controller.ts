import { Controller, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { ScormItemView } from '@lms/contracts';
import { CurrentActor, readUploadedFile, Roles, type Actor } from '@lms/server-core';
import { ScormImportService } from './scorm-import.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class ScormImportController {
  constructor(private readonly imports: ScormImportService) {}

  /** A SCORM 1.2 zip becomes the module's last item, in the draft. */
  @Post('modules/:id/scorm')
  @Roles('instructor', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiUnprocessableEntityResponse({ description: '{"errors":[{"file","message"}]}: nothing was imported' })
  async import(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Req() req: FastifyRequest): Promise<ScormItemView> {
    return this.imports.import(actor, id, await readUploadedFile(req, 'file'));
  }
}

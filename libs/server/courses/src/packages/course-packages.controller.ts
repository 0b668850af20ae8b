import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CourseDetail } from '@lms/contracts';
import { CurrentActor, readUploadedFile, Roles, type Actor } from '@lms/server-core';
import { CoursePackagesService } from './course-packages.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class CoursePackagesController {
  constructor(private readonly packages: CoursePackagesService) {}

  @Post('course-packages')
  @Roles('instructor', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiUnprocessableEntityResponse({ description: '{"errors":[{"file","line","message"}]}: nothing was imported' })
  async import(@CurrentActor() actor: Actor, @Req() req: FastifyRequest): Promise<CourseDetail> {
    return this.packages.import(actor, await readUploadedFile(req, 'file'));
  }

  @Get('courses/:id/package')
  @Roles('instructor', 'admin')
  async export(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { filename, zip } = await this.packages.export(actor, id);
    void reply.header('content-type', 'application/zip').header('content-disposition', `attachment; filename="${filename}"`).send(zip);
  }
}

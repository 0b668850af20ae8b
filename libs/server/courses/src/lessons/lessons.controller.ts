import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LessonPreview, LessonView } from '@lms/contracts';
import { Authenticated, CurrentActor, Roles, type Actor } from '@lms/server-core';
import { AuthoringService } from '../authoring.service';
import { PreviewLessonDto, UpdateLessonDto } from '../dtos/course.dto';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('lessons')
export class LessonsController {
  constructor(private readonly authoring: AuthoringService) {}

  /**
   * Lessons carry a strong ETag of their content, so a phone that has the lesson already gets a
   * 304 with no body. Private: what a user may read depends on who they are.
   */
  @Get(':id')
  @Authenticated()
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LessonView | undefined> {
    const lesson = await this.authoring.lesson(actor, id);
    const etag = `"${createHash('sha256').update(JSON.stringify(lesson)).digest('base64url').slice(0, 32)}"`;
    void reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (req.headers['if-none-match'] === etag) {
      void reply.status(304);
      return undefined;
    }
    return lesson;
  }

  @Patch(':id')
  @Roles('instructor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateLessonDto): Promise<LessonView> {
    return this.authoring.updateLesson(actor, id, dto);
  }

  /** The editor's live preview: rendered and sanitised as saving would, with the lesson's weight; writes nothing. */
  @Post(':id/preview')
  @Roles('instructor', 'admin')
  @HttpCode(200)
  preview(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PreviewLessonDto): Promise<LessonPreview> {
    return this.authoring.preview(actor, id, dto);
  }
}

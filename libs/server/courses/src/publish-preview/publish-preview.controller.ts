import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { PublishPreview } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { PublishPreviewService } from './publish-preview.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class PublishPreviewController {
  constructor(private readonly previews: PublishPreviewService) {}

  /** What publishing the draft would change for enrolled learners; writes nothing. */
  @Get(':id/publish-preview')
  @Roles('instructor', 'admin')
  preview(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<PublishPreview> {
    return this.previews.preview(actor, id);
  }
}

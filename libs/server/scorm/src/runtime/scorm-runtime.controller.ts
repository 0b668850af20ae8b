import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ScormCommitResult, ScormLaunch } from '@lms/contracts';
import { Authenticated, CurrentActor, type Actor } from '@lms/server-core';
import { ScormCommitDto } from './scorm-commit.dto';
import { ScormRuntimeService } from './scorm-runtime.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('scorm-items')
export class ScormRuntimeController {
  constructor(private readonly runtime: ScormRuntimeService) {}

  @Get(':id')
  @Authenticated()
  launch(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScormLaunch> {
    return this.runtime.launch(actor, id);
  }

  /** One LMSCommit or LMSFinish; sending the same one twice, or an older one late, changes nothing. */
  @Put(':id/runtime')
  @HttpCode(200)
  @Authenticated()
  commit(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ScormCommitDto): Promise<ScormCommitResult> {
    return this.runtime.commit(actor, id, dto);
  }
}

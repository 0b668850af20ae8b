import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ScormItemView } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { ScormItemsService } from './scorm-items.service';
import { UpdateScormItemDto } from './update-scorm-item.dto';

/** The authors' side of /scorm-items/:id; the learners' (GET, PUT …/runtime) is ScormRuntimeController. */
@ApiTags('courses')
@ApiBearerAuth()
@Controller('scorm-items')
export class ScormItemsController {
  constructor(private readonly items: ScormItemsService) {}

  /** Renames or moves the item in the course's draft; learners see it once the draft is published. */
  @Patch(':id')
  @Roles('instructor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateScormItemDto): Promise<ScormItemView> {
    return this.items.update(actor, id, dto);
  }
}

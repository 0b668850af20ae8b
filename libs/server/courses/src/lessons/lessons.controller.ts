import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LessonView } from '@lms/contracts';
import { Authenticated, CurrentActor, Roles, type Actor } from '@lms/server-core';
import { AuthoringService } from '../authoring.service';
import { UpdateLessonDto } from '../dtos/course.dto';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('lessons')
export class LessonsController {
  constructor(private readonly authoring: AuthoringService) {}

  @Get(':id')
  @Authenticated()
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<LessonView> {
    return this.authoring.lesson(actor, id);
  }

  @Patch(':id')
  @Roles('instructor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateLessonDto): Promise<LessonView> {
    return this.authoring.updateLesson(actor, id, dto);
  }
}

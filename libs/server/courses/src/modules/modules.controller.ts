import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseOutlineModule, LessonView } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { AuthoringService } from '../authoring.service';
import { CreateLessonDto, UpdateModuleDto } from '../dtos/course.dto';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('modules')
export class ModulesController {
  constructor(private readonly authoring: AuthoringService) {}

  @Patch(':id')
  @Roles('instructor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateModuleDto): Promise<CourseOutlineModule> {
    return this.authoring.updateModule(actor, id, dto);
  }

  @Post(':id/lessons')
  @Roles('instructor', 'admin')
  addLesson(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateLessonDto): Promise<LessonView> {
    return this.authoring.addLesson(actor, id, dto);
  }
}

import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseStats } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { CourseStatsService } from './course-stats.service';

@ApiTags('quizzes and attempts')
@ApiBearerAuth()
@Controller()
export class CourseStatsController {
  constructor(private readonly stats: CourseStatsService) {}

  @Get('courses/:id/stats')
  @Roles('instructor', 'admin')
  forCourse(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseStats> {
    return this.stats.forCourse(actor, id);
  }
}

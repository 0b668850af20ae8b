import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseDetail, CourseOfflineSize, CourseOutlineModule, CourseSummary, Page } from '@lms/contracts';
import { Authenticated, CurrentActor, Roles, type Actor } from '@lms/server-core';
import { AuthoringService } from './authoring.service';
import { CoursesService } from './courses.service';
import { CreateCourseDto, CreateModuleDto, ListCoursesQuery, ReplaceAuthorsDto, UpdateCourseDto } from './dtos/course.dto';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly authoring: AuthoringService,
  ) {}

  @Get()
  @Authenticated()
  list(@CurrentActor() actor: Actor, @Query() query: ListCoursesQuery): Promise<Page<CourseSummary>> {
    return this.courses.catalogue(actor, query);
  }

  @Get(':id')
  @Authenticated()
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseDetail> {
    return this.courses.detail(actor, id);
  }

  /** The size of "download for offline" (every lesson with its files), for whoever may read the course. */
  @Get(':id/offline')
  @Authenticated()
  offline(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseOfflineSize> {
    return this.authoring.offlineSize(actor, id);
  }

  @Post()
  @Roles('instructor', 'admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCourseDto): Promise<CourseDetail> {
    return this.courses.create(actor, dto);
  }

  @Patch(':id')
  @Roles('instructor', 'admin')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateCourseDto): Promise<CourseDetail> {
    return this.courses.update(actor, id, dto);
  }

  @Post(':id/publish')
  @Roles('instructor', 'admin')
  @HttpCode(200)
  publish(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseDetail> {
    return this.courses.publish(actor, id);
  }

  @Post(':id/archive')
  @Roles('instructor', 'admin')
  @HttpCode(200)
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseDetail> {
    return this.courses.archive(actor, id);
  }

  @Put(':id/authors')
  @Roles('instructor', 'admin')
  replaceAuthors(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReplaceAuthorsDto): Promise<{ ownerId: string; authorIds: string[] }> {
    return this.courses.replaceAuthors(actor, id, dto.userIds);
  }

  @Post(':id/modules')
  @Roles('instructor', 'admin')
  addModule(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateModuleDto): Promise<CourseOutlineModule> {
    return this.authoring.addModule(actor, id, dto);
  }
}

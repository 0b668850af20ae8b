import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseAuthors, CourseAuthorView, Page } from '@lms/contracts';
import { CurrentActor, Roles, type Actor } from '@lms/server-core';
import { AuthorCandidatesQuery } from '../dtos/course.dto';
import { CourseAuthorsService } from './course-authors.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CourseAuthorsController {
  constructor(private readonly authors: CourseAuthorsService) {}

  @Get(':id/authors')
  @Roles('instructor', 'admin')
  list(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseAuthors> {
    return this.authors.authors(actor, id);
  }

  @Get(':id/author-candidates')
  @Roles('instructor', 'admin')
  candidates(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: AuthorCandidatesQuery): Promise<Page<CourseAuthorView>> {
    return this.authors.candidates(actor, id, query.q);
  }
}

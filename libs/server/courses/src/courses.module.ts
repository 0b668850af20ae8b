import { Module } from '@nestjs/common';
import { AuthoringService } from './authoring.service';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';
import { TypeOrmCoursesRepository } from './typeorm-courses.repository';

/** Courses, their versions, modules and lessons: services and storage, without HTTP. */
@Module({
  providers: [CoursesService, AuthoringService, { provide: CoursesRepository, useClass: TypeOrmCoursesRepository }],
  exports: [CoursesService, AuthoringService, CoursesRepository],
})
export class CoursesModule {}

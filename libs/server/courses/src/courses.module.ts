import { Module } from '@nestjs/common';
import { AttachmentsService } from './attachments/attachments.service';
import { MediaUrls } from './attachments/media-urls';
import { AuthoringService } from './authoring.service';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';
import { CoursePackagesService } from './packages/course-packages.service';
import { TypeOrmCoursesRepository } from './typeorm-courses.repository';

/** Courses, their versions, modules and lessons: services and storage, without HTTP. */
@Module({
  providers: [MediaUrls, CoursesService, AuthoringService, CoursePackagesService, AttachmentsService, { provide: CoursesRepository, useClass: TypeOrmCoursesRepository }],
  exports: [CoursesService, AuthoringService, CoursePackagesService, AttachmentsService, CoursesRepository],
})
export class CoursesModule {}

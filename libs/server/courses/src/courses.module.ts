import { Module } from '@nestjs/common';
import { AttachmentsService } from './attachments/attachments.service';
import { MediaUrls } from './attachments/media-urls';
import { AuthoringService } from './authoring.service';
import { CourseAuthorsDirectory } from './authors/course-authors.directory';
import { CourseAuthorsService } from './authors/course-authors.service';
import { TypeOrmCourseAuthorsDirectory } from './authors/typeorm-course-authors.directory';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';
import { CoursePackagesService } from './packages/course-packages.service';
import { PublishPreviewRepository } from './publish-preview/publish-preview.repository';
import { PublishPreviewService } from './publish-preview/publish-preview.service';
import { TypeOrmPublishPreviewRepository } from './publish-preview/typeorm-publish-preview.repository';
import { TypeOrmCoursesRepository } from './typeorm-courses.repository';

/** Courses, their versions, modules and lessons: services and storage, without HTTP. */
@Module({
  providers: [MediaUrls, PublishPreviewService, { provide: PublishPreviewRepository, useClass: TypeOrmPublishPreviewRepository }, CoursesService, AuthoringService, CoursePackagesService, AttachmentsService, CourseAuthorsService, { provide: CoursesRepository, useClass: TypeOrmCoursesRepository }, { provide: CourseAuthorsDirectory, useClass: TypeOrmCourseAuthorsDirectory }],
  exports: [CoursesService, PublishPreviewService, AuthoringService, CoursePackagesService, AttachmentsService, CourseAuthorsService, CoursesRepository],
})
export class CoursesModule {}

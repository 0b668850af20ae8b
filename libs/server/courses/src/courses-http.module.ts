import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments/attachments.controller';
import { CourseAuthorsController } from './authors/course-authors.controller';
import { CoursesController } from './courses.controller';
import { CoursesModule } from './courses.module';
import { LessonsController } from './lessons/lessons.controller';
import { ModulesController } from './modules/modules.controller';
import { CoursePackagesController } from './packages/course-packages.controller';
import { PublishPreviewController } from './publish-preview/publish-preview.controller';

@Module({ imports: [CoursesModule], controllers: [CoursesController, CourseAuthorsController, ModulesController, LessonsController, CoursePackagesController, AttachmentsController, PublishPreviewController] })
export class CoursesHttpModule {}

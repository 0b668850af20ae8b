import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments/attachments.controller';
import { CoursesController } from './courses.controller';
import { CoursesModule } from './courses.module';
import { LessonsController } from './lessons/lessons.controller';
import { ModulesController } from './modules/modules.controller';
import { CoursePackagesController } from './packages/course-packages.controller';

@Module({ imports: [CoursesModule], controllers: [CoursesController, ModulesController, LessonsController, CoursePackagesController, AttachmentsController] })
export class CoursesHttpModule {}

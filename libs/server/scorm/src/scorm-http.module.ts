import { Module } from '@nestjs/common';
import { CoursesModule } from '@lms/server-courses';
import { EnrolmentsModule } from '@lms/server-enrolments';
import { CONTENT_TOKENS_PROVIDER } from './content/content-tokens.provider';
import { ScormContentServer } from './content/scorm-content.server';
import { ScormImportController } from './packages/scorm-import.controller';
import { ScormImportService } from './packages/scorm-import.service';
import { ScormRuntimeController } from './runtime/scorm-runtime.controller';
import { ScormRuntimeService } from './runtime/scorm-runtime.service';
import { ScormRepository } from './scorm.repository';
import { TypeOrmScormRepository } from './typeorm-scorm.repository';

/**
 * SCORM 1.2: importing packages as course items and the runtime API (under /api/v1), and the
 * server of the separate content origin the packages run on.
 */
@Module({
  imports: [CoursesModule, EnrolmentsModule],
  controllers: [ScormImportController, ScormRuntimeController],
  providers: [ScormImportService, ScormRuntimeService, ScormContentServer, CONTENT_TOKENS_PROVIDER, { provide: ScormRepository, useClass: TypeOrmScormRepository }],
  exports: [ScormContentServer],
})
export class ScormHttpModule {}

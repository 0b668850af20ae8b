import { Global, Module } from '@nestjs/common';
import { CoursesModule, OfflinePackageSizes, ScormPackages } from '@lms/server-courses';
import { EnrolmentsModule } from '@lms/server-enrolments';
import { CONTENT_TOKENS_PROVIDER } from './content/content-tokens.provider';
import { ScormContentServer } from './content/scorm-content.server';
import { ScormItemsController } from './items/scorm-items.controller';
import { ScormItemsService } from './items/scorm-items.service';
import { ScormCoursePackages } from './packages/scorm-course-packages';
import { ScormImportController } from './packages/scorm-import.controller';
import { ScormPackageSizes } from './offline/scorm-package-sizes';
import { ScormImportService } from './packages/scorm-import.service';
import { ScormRuntimeController } from './runtime/scorm-runtime.controller';
import { ScormRuntimeService } from './runtime/scorm-runtime.service';
import { ScormRepository } from './scorm.repository';
import { TypeOrmScormRepository } from './typeorm-scorm.repository';

/**
 * SCORM 1.2: importing packages as course items, renaming and moving them, and the runtime API
 * (under /api/v1), and the server of the separate content origin the packages run on. Global, so that a course's download
 * for offline counts its packages (the courses feature's OfflinePackageSizes port) and course packages carry
 * SCORM items (its ScormPackages port).
 */
@Global()
@Module({
  imports: [CoursesModule, EnrolmentsModule],
  controllers: [ScormImportController, ScormItemsController, ScormRuntimeController],
  providers: [ScormImportService, ScormItemsService, ScormRuntimeService, ScormContentServer, CONTENT_TOKENS_PROVIDER, { provide: ScormRepository, useClass: TypeOrmScormRepository }, { provide: OfflinePackageSizes, useClass: ScormPackageSizes }, { provide: ScormPackages, useClass: ScormCoursePackages }],
  exports: [ScormContentServer, OfflinePackageSizes, ScormPackages],
})
export class ScormHttpModule {}

import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthCoreModule, CORE_ENTITIES, CoreModule, DatabaseModule, HealthHttpModule, MetricsHttpModule, OpsHttpModule, type AppConfig } from '@lms/server-core';
import { AssessmentsHttpModule } from '@lms/server-assessments';
import { CertificatesHttpModule } from '@lms/server-certificates';
import { ReportsHttpModule } from '@lms/server-reports';
import { CoursesHttpModule } from '@lms/server-courses';
import { EnrolmentsHttpModule } from '@lms/server-enrolments';
import { IDENTITY_ENTITIES, IdentityHttpModule } from '@lms/server-identity';
import { ORG_ENTITIES, OrgHttpModule } from '@lms/server-org';
import { ScormHttpModule } from '@lms/server-scorm';
import { XapiHttpModule } from '@lms/server-xapi';

/** Every entity the API reads or writes, listed by hand (globs break once bundled). */
export const API_ENTITIES = [...CORE_ENTITIES, ...ORG_ENTITIES, ...IDENTITY_ENTITIES];

/** The HTTP app: core services plus each feature's *-http module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        DatabaseModule.forRoot(API_ENTITIES),
        AuthCoreModule,
        HealthHttpModule,
        MetricsHttpModule,
        OpsHttpModule,
        OrgHttpModule,
        IdentityHttpModule,
        CoursesHttpModule,
        EnrolmentsHttpModule,
        AssessmentsHttpModule,
        CertificatesHttpModule,
        ReportsHttpModule,
        XapiHttpModule,
        ScormHttpModule,
      ],
    };
  }
}

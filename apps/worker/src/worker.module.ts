import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Logger } from 'pino';
import { CORE_ENTITIES, CoreModule, DatabaseModule, MetricsModule, OpsJobsModule, type AppConfig } from '@lms/server-core';
import { AssessmentsJobsModule } from '@lms/server-assessments';
import { CertificatesJobsModule } from '@lms/server-certificates';
import { EnrolmentsJobsModule } from '@lms/server-enrolments';
import { ORG_ENTITIES } from '@lms/server-org';
import { ReportsJobsModule } from '@lms/server-reports';
import { XapiJobsModule } from '@lms/server-xapi';
import { JobMetrics } from './job-metrics';
import { JobRunner } from './job-runner';
import { RelayService } from './relay.service';

export const WORKER_ENTITIES = [...CORE_ENTITIES, ...ORG_ENTITIES];

/** The worker: core services, its metrics, plus each feature's *-jobs module, and nothing that serves HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, logger), DatabaseModule.forRoot(WORKER_ENTITIES), DiscoveryModule, MetricsModule, OpsJobsModule, EnrolmentsJobsModule, AssessmentsJobsModule, CertificatesJobsModule, ReportsJobsModule, XapiJobsModule],
      providers: [JobRunner, JobMetrics, RelayService],
      exports: [JobRunner, RelayService],
    };
  }
}

import { Module } from '@nestjs/common';
import { FoldRollupProcessor } from './jobs/fold-rollup.processor';
import { ReportsModule } from './reports.module';

/** The worker's side of reporting: keeping the rollup current (and, to come, writing exports). */
@Module({ imports: [ReportsModule], providers: [FoldRollupProcessor] })
export class ReportsJobsModule {}

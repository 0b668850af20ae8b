import { Module } from '@nestjs/common';
import { ExportWriter } from './exports/export-writer';
import { ExpireExportsProcessor, ExportProcessor } from './jobs/export.processors';
import { FoldRollupProcessor } from './jobs/fold-rollup.processor';
import { ReportsModule } from './reports.module';

/** The worker's side of reporting: keeping the rollup current, writing exports and deleting them after a week. */
@Module({ imports: [ReportsModule], providers: [FoldRollupProcessor, ExportWriter, ExportProcessor, ExpireExportsProcessor] })
export class ReportsJobsModule {}

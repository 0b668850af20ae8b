import { Module } from '@nestjs/common';
import { OrgModule } from '@lms/server-org';
import { ExportsRepository } from './exports/exports.repository';
import { ExportsService } from './exports/exports.service';
import { TypeOrmExportsRepository } from './exports/typeorm-exports.repository';
import { ReportScope } from './report-scope';
import { RollupFold } from './rollup/rollup-fold';
import { SummaryRepository } from './summary/summary.repository';
import { SummaryService } from './summary/summary.service';
import { TypeOrmSummaryRepository } from './summary/typeorm-summary.repository';

/** HR reporting: summaries and exports, without HTTP. */
@Module({
  imports: [OrgModule],
  providers: [ReportScope, RollupFold, SummaryService, ExportsService, { provide: ExportsRepository, useClass: TypeOrmExportsRepository }, { provide: SummaryRepository, useClass: TypeOrmSummaryRepository }],
  exports: [SummaryService, RollupFold, ExportsService, ExportsRepository],
})
export class ReportsModule {}

import { Module } from '@nestjs/common';
import { OrgModule } from '@lms/server-org';
import { ReportScope } from './report-scope';
import { RollupFold } from './rollup/rollup-fold';
import { SummaryRepository } from './summary/summary.repository';
import { SummaryService } from './summary/summary.service';
import { TypeOrmSummaryRepository } from './summary/typeorm-summary.repository';

/** HR reporting: summaries (and, to come, exports), without HTTP. */
@Module({
  imports: [OrgModule],
  providers: [ReportScope, RollupFold, SummaryService, { provide: SummaryRepository, useClass: TypeOrmSummaryRepository }],
  exports: [SummaryService, RollupFold],
})
export class ReportsModule {}

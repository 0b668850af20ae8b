import { Module } from '@nestjs/common';
import { OrgModule } from '@lms/server-org';
import { SummaryRepository } from './summary/summary.repository';
import { SummaryService } from './summary/summary.service';
import { TypeOrmSummaryRepository } from './summary/typeorm-summary.repository';

/** HR reporting: summaries (and, to come, exports), without HTTP. */
@Module({
  imports: [OrgModule],
  providers: [SummaryService, { provide: SummaryRepository, useClass: TypeOrmSummaryRepository }],
  exports: [SummaryService],
})
export class ReportsModule {}

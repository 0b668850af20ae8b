import { Module } from '@nestjs/common';
import { OrgModule } from '@lms/server-org';
import { ExportsRepository } from './exports/exports.repository';
import { ExportsService } from './exports/exports.service';
import { TypeOrmExportsRepository } from './exports/typeorm-exports.repository';
import { OverdueRepository } from './overdue/overdue.repository';
import { OverdueService } from './overdue/overdue.service';
import { TypeOrmOverdueRepository } from './overdue/typeorm-overdue.repository';
import { ReportScope } from './report-scope';
import { RollupFold } from './rollup/rollup-fold';
import { SkillsRepository } from './skills/skills.repository';
import { SkillsService } from './skills/skills.service';
import { TypeOrmSkillsRepository } from './skills/typeorm-skills.repository';
import { SummaryRepository } from './summary/summary.repository';
import { SummaryService } from './summary/summary.service';
import { TypeOrmSummaryRepository } from './summary/typeorm-summary.repository';

/** HR reporting: summaries, skills coverage, the overdue list and exports, without HTTP. */
@Module({
  imports: [OrgModule],
  providers: [
    ReportScope,
    RollupFold,
    SummaryService,
    SkillsService,
    { provide: SkillsRepository, useClass: TypeOrmSkillsRepository },
    { provide: SummaryRepository, useClass: TypeOrmSummaryRepository },
    ExportsService,
    { provide: ExportsRepository, useClass: TypeOrmExportsRepository },
    OverdueService,
    { provide: OverdueRepository, useClass: TypeOrmOverdueRepository },
  ],
  exports: [SummaryService, SkillsService, RollupFold, ExportsService, ExportsRepository, OverdueService],
})
export class ReportsModule {}

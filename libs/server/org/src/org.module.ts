import { Module } from '@nestjs/common';
import { OrgUnitsRepository } from './org-units.repository';
import { OrgUnitsService } from './org-units.service';
import { TypeOrmOrgUnitsRepository } from './typeorm-org-units.repository';

@Module({
  providers: [OrgUnitsService, { provide: OrgUnitsRepository, useClass: TypeOrmOrgUnitsRepository }],
  exports: [OrgUnitsService, OrgUnitsRepository],
})
export class OrgModule {}

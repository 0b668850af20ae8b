import { Module } from '@nestjs/common';
import { OrgModule } from './org.module';
import { OrgUnitsController } from './org-units.controller';

@Module({ imports: [OrgModule], controllers: [OrgUnitsController] })
export class OrgHttpModule {}

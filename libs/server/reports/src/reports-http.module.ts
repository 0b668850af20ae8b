import { Module } from '@nestjs/common';
import { OverdueController } from './overdue/overdue.controller';
import { ReportsController } from './reports.controller';
import { ReportsModule } from './reports.module';

@Module({ imports: [ReportsModule], controllers: [ReportsController, OverdueController] })
export class ReportsHttpModule {}

import { Module } from '@nestjs/common';
import { AuditLogHttpModule } from '../audit/audit-log-http.module';
import { QueueAdminController } from './queues/queue-admin.controller';
import { QueueAdminService } from './queues/queue-admin.service';
import { QueueInspectorModule } from './queues/queue-inspector.module';
import { SystemPingController } from './system-ping.controller';
import { SystemPingProcessor } from './system-ping.processor';
import { SystemPingService } from './system-ping.service';

@Module({ providers: [SystemPingService], exports: [SystemPingService] })
export class OpsModule {}

@Module({
  imports: [OpsModule, AuditLogHttpModule, QueueInspectorModule],
  controllers: [SystemPingController, QueueAdminController],
  providers: [QueueAdminService],
})
export class OpsHttpModule {}

@Module({ imports: [OpsModule], providers: [SystemPingProcessor] })
export class OpsJobsModule {}

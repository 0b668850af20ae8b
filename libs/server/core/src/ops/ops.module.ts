import { Module } from '@nestjs/common';
import { AuditLogHttpModule } from '../audit/audit-log-http.module';
import { BullQueueInspector } from './queues/bullmq-queue-inspector';
import { QueueAdminController } from './queues/queue-admin.controller';
import { QueueAdminService } from './queues/queue-admin.service';
import { QueueInspector } from './queues/queue-inspector';
import { SystemPingController } from './system-ping.controller';
import { SystemPingProcessor } from './system-ping.processor';
import { SystemPingService } from './system-ping.service';

@Module({ providers: [SystemPingService], exports: [SystemPingService] })
export class OpsModule {}

@Module({
  imports: [OpsModule, AuditLogHttpModule],
  controllers: [SystemPingController, QueueAdminController],
  providers: [QueueAdminService, { provide: QueueInspector, useClass: BullQueueInspector }],
})
export class OpsHttpModule {}

@Module({ imports: [OpsModule], providers: [SystemPingProcessor] })
export class OpsJobsModule {}

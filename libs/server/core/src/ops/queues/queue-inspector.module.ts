import { Module } from '@nestjs/common';
import { BullQueueInspector } from './bullmq-queue-inspector';
import { QueueInspector } from './queue-inspector';

/** The one QueueInspector of the API, shared by the admin's queue screen and the metrics. */
@Module({
  providers: [{ provide: QueueInspector, useClass: BullQueueInspector }],
  exports: [QueueInspector],
})
export class QueueInspectorModule {}

import { Module } from '@nestjs/common';
import { QueueInspectorModule } from '../ops/queues/queue-inspector.module';
import { MetricsController } from './metrics.controller';
import { MetricsModule } from './metrics.module';
import { QueueDepthCollector } from './queue-depth.collector';

/** GET /metrics on the API, with the queue depths beside the registry's other figures (imported by the API only). */
@Module({
  imports: [MetricsModule, QueueInspectorModule],
  controllers: [MetricsController],
  providers: [QueueDepthCollector],
  exports: [MetricsModule],
})
export class MetricsHttpModule {}

import { Module } from '@nestjs/common';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics-registry';

/** The app's metrics registry (METRICS_REGISTRY), for the API and the worker alike. */
@Module({
  providers: [{ provide: METRICS_REGISTRY, useFactory: createMetricsRegistry }],
  exports: [METRICS_REGISTRY],
})
export class MetricsModule {}

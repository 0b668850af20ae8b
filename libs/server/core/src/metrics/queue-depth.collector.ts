import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { QueueName, type QueueCounts } from '@lms/contracts';
import { QueueInspector } from '../ops/queues/queue-inspector';
import { METRICS_REGISTRY } from './metrics-registry';

const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const satisfies readonly (keyof QueueCounts)[];

/**
 * `lane_queue_jobs{queue, state}`: how many jobs each BullMQ queue holds, read from Redis when
 * Prometheus scrapes, so the figure is never older than the scrape. While Redis cannot be read the
 * gauge has no samples (and the scrape still answers, with everything else): a stale depth would
 * look like a healthy one.
 */
@Injectable()
export class QueueDepthCollector implements OnModuleInit {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    private readonly inspector: QueueInspector,
  ) {}

  onModuleInit(): void {
    const inspector = this.inspector;
    new Gauge({
      name: 'lane_queue_jobs',
      help: 'Jobs in each BullMQ queue by state (waiting includes prioritized), read at scrape time.',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        if (!inspector.available()) return;
        let counts: QueueCounts[];
        try {
          counts = await Promise.all(QUEUE_NAMES.map((name) => inspector.counts(name)));
        } catch {
          return; // Redis went during the read
        }
        for (const c of counts) for (const state of STATES) this.set({ queue: c.name, state }, c[state]);
      },
    });
  }
}

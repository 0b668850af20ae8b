import { QueueName } from '@lms/contracts';
import { FakeQueueInspector } from '@lms/server-testing';
import { createMetricsRegistry } from './metrics-registry';
import { QueueDepthCollector } from './queue-depth.collector';

describe('QueueDepthCollector', () => {
  const setUp = () => {
    const registry = createMetricsRegistry();
    const inspector = new FakeQueueInspector();
    new QueueDepthCollector(registry, inspector).onModuleInit();
    return { registry, inspector };
  };

  it('reads every queue at scrape time, by state', async () => {
    const { registry, inspector } = setUp();
    inspector.depths.set(QueueName.Grading, { waiting: 7, active: 2, delayed: 1, failed: 3, completed: 50 });
    const text = await registry.metrics();
    expect(text).toContain('lane_queue_jobs{queue="grading",state="waiting"} 7');
    expect(text).toContain('lane_queue_jobs{queue="grading",state="active"} 2');
    expect(text).toContain('lane_queue_jobs{queue="grading",state="delayed"} 1');
    expect(text).toContain('lane_queue_jobs{queue="grading",state="failed"} 3');
    expect(text).not.toContain('state="completed"');
    for (const queue of Object.values(QueueName)) expect(text).toContain(`lane_queue_jobs{queue="${queue}",state="waiting"}`);

    inspector.depths.set(QueueName.Grading, { waiting: 0 });
    expect(await registry.metrics()).toContain('lane_queue_jobs{queue="grading",state="waiting"} 0');
  });

  it('leaves the gauge empty, never stale, while Redis is down or goes during the read; the scrape still answers', async () => {
    const { registry, inspector } = setUp();
    inspector.depths.set(QueueName.Grading, { waiting: 7 });
    expect(await registry.metrics()).toContain('state="waiting"} 7');
    inspector.up = false;
    const down = await registry.metrics();
    expect(down).not.toMatch(/^lane_queue_jobs\{/m);
    expect(down).toContain('process_cpu_user_seconds_total');
    inspector.up = true;
    inspector.dropDuringRead = true;
    expect(await registry.metrics()).not.toMatch(/^lane_queue_jobs\{/m);
  });
});

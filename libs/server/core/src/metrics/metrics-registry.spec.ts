import { Counter } from 'prom-client';
import { createMetricsRegistry } from './metrics-registry';

describe('createMetricsRegistry', () => {
  it("holds the process metrics under prom-client's default names", async () => {
    const text = await createMetricsRegistry().metrics();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
    expect(text).toContain('# TYPE nodejs_gc_duration_seconds histogram');
  });

  it("keeps each app's own metrics to its registry, beside the shared process metrics", async () => {
    const api = createMetricsRegistry();
    const worker = createMetricsRegistry();
    new Counter({ name: 'lane_test_total', help: 'A test counter.', registers: [api] }).inc(3);
    expect(await api.metrics()).toContain('lane_test_total 3');
    expect(await worker.metrics()).not.toContain('lane_test_total');
    expect(worker.getSingleMetric('process_cpu_user_seconds_total')).toBe(api.getSingleMetric('process_cpu_user_seconds_total'));
  });
});

import { collectDefaultMetrics, Registry } from 'prom-client';

/** The token a process's metrics registry is injected by (one per app: the API, the worker). */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

let processMetrics: Registry | null = null;

/**
 * The process and Node.js metrics (CPU, memory, event-loop lag, GC, handles), under prom-client's
 * default names. They describe the process, not one app in it, and collectDefaultMetrics starts a
 * GC observer and an event-loop monitor that never stop: so they are collected once per process,
 * however many apps (tests start several) share it.
 */
function processMetricsRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

/** A registry for one app's own metrics, already holding the process metrics. */
export function createMetricsRegistry(): Registry {
  return Registry.merge([processMetricsRegistry()]);
}

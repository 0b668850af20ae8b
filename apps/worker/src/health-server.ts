import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { METRICS_CHALLENGE, metricsAccess, type MetricsConfig } from '@lms/server-core';

export interface WorkerHealth {
  check(): Promise<{ ok: boolean; [k: string]: unknown }>;
}

/** The worker's figures, and who may read them (the API's rule: METRICS_TOKEN). */
export interface WorkerMetrics {
  registry: Registry;
  access: MetricsConfig;
}

function answerHealth(res: ServerResponse, health: WorkerHealth): void {
  health
    .check()
    .then((report) => res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report)))
    .catch(() => res.writeHead(503).end());
}

function answerMetrics(req: IncomingMessage, res: ServerResponse, { registry, access }: WorkerMetrics): void {
  const allowed = metricsAccess(access, req.headers.authorization);
  if (allowed === 'disabled') {
    res.writeHead(404).end();
    return;
  }
  if (allowed === 'unauthorized') {
    res.writeHead(401, { 'www-authenticate': METRICS_CHALLENGE }).end();
    return;
  }
  registry
    .metrics()
    .then((body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body))
    .catch(() => res.writeHead(500).end());
}

/**
 * A tiny HTTP endpoint for the worker's probes and its scraper: GET /health (liveness and
 * readiness) and GET /metrics (Prometheus, behind the same token rule as the API's).
 */
export function startHealthServer(port: number, health: WorkerHealth, metrics: WorkerMetrics): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/health') answerHealth(res, health);
    else if (req.url === '/metrics') answerMetrics(req, res, metrics);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(port, '0.0.0.0', () => resolve(server)));
}

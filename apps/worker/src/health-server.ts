import { createServer, type Server } from 'node:http';

export interface WorkerHealth {
  check(): Promise<{ ok: boolean; [k: string]: unknown }>;
}

/** A tiny HTTP endpoint (GET /health) for the worker's liveness and readiness probes. */
export function startHealthServer(port: number, health: WorkerHealth): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    health
      .check()
      .then((report) => res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report)))
      .catch(() => res.writeHead(503).end());
  });
  return new Promise((resolve) => server.listen(port, '0.0.0.0', () => resolve(server)));
}

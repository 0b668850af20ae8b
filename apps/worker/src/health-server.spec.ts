import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Counter } from 'prom-client';
import { createMetricsRegistry, type MetricsConfig } from '@lms/server-core';
import { startHealthServer } from './health-server';

describe("The worker's health server", () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  async function serve(access: MetricsConfig): Promise<(path: string, token?: string) => Promise<Response>> {
    const registry = createMetricsRegistry();
    new Counter({ name: 'lane_health_test_total', help: 'A test counter.', registers: [registry] }).inc();
    const server = await startHealthServer(0, { check: async () => ({ ok: true }) }, { registry, access });
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return (path, token) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  it('serves /health and, with the token, /metrics in the text format', async () => {
    const get = await serve({ mode: 'token', token: 'worker-token' });
    expect((await get('/health')).status).toBe(200);
    const res = await get('/metrics', 'worker-token');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('lane_health_test_total 1');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('answers 401 with a Bearer challenge without the token or with another', async () => {
    const get = await serve({ mode: 'token', token: 'worker-token' });
    for (const res of [await get('/metrics'), await get('/metrics', 'not-it')]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.text()).toBe('');
    }
  });

  it('is open without a token outside production, off (404) in production without one', async () => {
    expect((await (await serve({ mode: 'open' }))('/metrics')).status).toBe(200);
    expect((await (await serve({ mode: 'disabled' }))('/metrics')).status).toBe(404);
  });
});

import type { FastifyReply } from 'fastify';
import type { AppConfig, MetricsConfig } from '../config/app-config';
import { createMetricsRegistry } from './metrics-registry';
import { MetricsController } from './metrics.controller';

/** What the controller answers for this access rule and header: the text, or the status and code it throws. */
async function scrape(metrics: MetricsConfig, authorization?: string) {
  const headers: Record<string, string> = {};
  const reply = { header: (k: string, v: string) => (headers[k] = v), type: (v: string) => (headers['content-type'] = v) } as unknown as FastifyReply;
  const controller = new MetricsController(createMetricsRegistry(), { metrics } as AppConfig);
  return controller.metrics(authorization, reply).then(
    (body) => ({ status: 200, body, headers }),
    (e: { getStatus(): number; details: { code: string }[] }) => ({ status: e.getStatus(), code: e.details[0].code, headers }),
  );
}

describe('MetricsController', () => {
  it('answers the text format when allowed', async () => {
    const res = await scrape({ mode: 'open' });
    expect(res).toMatchObject({ status: 200, headers: { 'content-type': expect.stringMatching(/^text\/plain; version=0\.0\.4/) } });
  });

  it('answers 401 with a Bearer challenge without the token, and 404 where metrics are off', async () => {
    expect(await scrape({ mode: 'token', token: 'a-token' }, 'Bearer another')).toEqual({ status: 401, code: 'metrics.unauthorized', headers: { 'www-authenticate': 'Bearer realm="metrics"' } });
    expect(await scrape({ mode: 'disabled' })).toMatchObject({ status: 404, code: 'metrics.disabled' });
  });
});

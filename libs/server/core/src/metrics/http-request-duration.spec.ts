import Fastify from 'fastify';
import { createMetricsRegistry } from './metrics-registry';
import { recordHttpRequestDurations } from './http-request-duration';

describe('recordHttpRequestDurations', () => {
  it('labels each response with its method, route pattern and status code, never the raw URL', async () => {
    const fastify = Fastify();
    const registry = createMetricsRegistry();
    recordHttpRequestDurations(fastify, registry);
    fastify.get('/courses/:id', async (req, reply) => ((req.params as { id: string }).id === 'missing' ? reply.status(404).send({}) : { ok: true }));
    await fastify.ready();
    await fastify.inject({ method: 'GET', url: '/courses/a1' });
    await fastify.inject({ method: 'GET', url: '/courses/b2?x=1' });
    await fastify.inject({ method: 'GET', url: '/courses/missing' });
    await fastify.inject({ method: 'DELETE', url: '/no/such/path/5f0c' });
    const text = await registry.metrics();
    await fastify.close();

    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/courses/:id",status_code="200"} 2');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/courses/:id",status_code="404"} 1');
    expect(text).toContain('http_request_duration_seconds_count{method="DELETE",route="unmatched",status_code="404"} 1');
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/courses\/:id",status_code="200"\} \d/);
    expect(text).not.toMatch(/a1|b2|5f0c/);
  });
});

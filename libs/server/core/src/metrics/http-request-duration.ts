import type { FastifyInstance } from 'fastify';
import { Histogram, type Registry } from 'prom-client';

/** The route label of a request that no route matched: never its URL, which the caller chooses. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * `http_request_duration_seconds{method, route, status_code}` for every response of this Fastify
 * app, errors included. `route` is the pattern the request matched (`/api/v1/courses/:id`), so the
 * number of series is bounded by the routes, not by the ids in URLs.
 */
export function recordHttpRequestDurations(fastify: FastifyInstance, registry: Registry): void {
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    durations.observe({ method: request.method, route: request.routeOptions.url ?? UNMATCHED_ROUTE, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
}

import { createHash, timingSafeEqual } from 'node:crypto';
import type { MetricsConfig } from '../config/app-config';

/** What a request for /metrics may have: the figures, a 401, or a 404 where metrics are off. */
export type MetricsAccess = 'allowed' | 'unauthorized' | 'disabled';

/** The WWW-Authenticate challenge of a 401 from /metrics. */
export const METRICS_CHALLENGE = 'Bearer realm="metrics"';

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * The one rule for /metrics, on the API and on the worker: with a token configured, the
 * Authorization header must be `Bearer <token>`. Compared as digests in constant time, so that
 * neither the token's characters nor its length can be learnt from timing.
 */
export function metricsAccess(config: MetricsConfig, authorization: string | undefined): MetricsAccess {
  if (config.mode === 'disabled') return 'disabled';
  if (config.mode === 'open') return 'allowed';
  const presented = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  return presented && timingSafeEqual(sha256(presented), sha256(config.token)) ? 'allowed' : 'unauthorized';
}

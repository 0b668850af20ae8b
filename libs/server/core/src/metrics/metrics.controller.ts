import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Registry } from 'prom-client';
import { Public } from '../auth/access-policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { METRICS_CHALLENGE, metricsAccess } from './metrics-access';
import { MetricsErrorCode, MetricsException } from './metrics.exception';
import { METRICS_REGISTRY } from './metrics-registry';

/** Where Prometheus scrapes the API: outside /api/v1, as the figures are not part of a versioned API. */
export const METRICS_PATH = 'metrics';

@ApiTags('system')
@Controller(METRICS_PATH)
export class MetricsController {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  // Its access is METRICS_TOKEN, a scraper's, never a person's sign-in: see metricsAccess.
  @Public()
  @ApiOkResponse({ description: 'The Prometheus text exposition format.' })
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and the request did not bear it.' })
  @ApiNotFoundResponse({ description: 'Production without METRICS_TOKEN: metrics are off.' })
  async metrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const access = metricsAccess(this.config.metrics, authorization);
    if (access === 'disabled') throw new MetricsException(MetricsErrorCode.Disabled, 'Metrics are off: set METRICS_TOKEN to serve them');
    if (access === 'unauthorized') {
      void reply.header('www-authenticate', METRICS_CHALLENGE);
      throw new MetricsException(MetricsErrorCode.Unauthorized, 'The metrics token is required');
    }
    void reply.type(this.registry.contentType);
    return this.registry.metrics();
  }
}

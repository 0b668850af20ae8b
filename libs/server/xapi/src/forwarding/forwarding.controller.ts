import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { XapiForwardingStatus } from '@lms/contracts';
import { APP_CONFIG, Roles, type AppConfig } from '@lms/server-core';
import { ForwardingRepository } from './forwarding.repository';

/** Admins see whether Lane's statements reach the LRS that XAPI_FORWARD_URL names, and why not when they do not. */
@ApiTags('xapi')
@ApiBearerAuth()
@Controller('xapi-forwarding')
export class XapiForwardingController {
  constructor(
    private readonly forwarding: ForwardingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('admin')
  async status(): Promise<XapiForwardingStatus> {
    const endpoint = this.config.xapiForward?.endpoint ?? null;
    if (!endpoint) return { endpoint: null, forwarded: 0, pending: 0, failures: 0, lastError: null, lastSuccessAt: null, nextAttemptAt: null };
    return { endpoint, ...(await this.forwarding.status(endpoint)) };
  }
}

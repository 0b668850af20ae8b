import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@lms/contracts';
import { HandlesJob, type JobHandler } from '../queue/job-handler';
import { SystemPingService } from './system-ping.service';

@Injectable()
@HandlesJob('system.ping')
export class SystemPingProcessor implements JobHandler<'system.ping'> {
  constructor(private readonly pings: SystemPingService) {}

  async handle(payload: JobPayloads['system.ping']): Promise<void> {
    await this.pings.markHandled(payload.pingId);
  }
}

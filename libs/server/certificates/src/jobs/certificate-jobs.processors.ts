import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@lms/contracts';
import { HandlesJob, type JobHandler } from '@lms/server-core';
import { CertificatesService } from '../certificates.service';

@Injectable()
@HandlesJob('certificates.issue')
export class IssueCertificateProcessor implements JobHandler<'certificates.issue'> {
  constructor(private readonly certificates: CertificatesService) {}
  async handle(payload: JobPayloads['certificates.issue']): Promise<void> {
    await this.certificates.issue(payload.enrolmentId, payload.cycle);
  }
}

import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CertificateVerification } from '@lms/contracts';
import { Public } from '@lms/server-core';
import { CertificatesErrorCode, CertificatesException } from '../certificates.exception';
import { CertificatesService } from '../certificates.service';
import { VerifyRateLimit } from './verify-rate-limit';

/** Checks per client address and minute: generous for an officer going through a pile of certificates, hopeless for guessing. */
export const VERIFY_PER_MINUTE = 60;

@ApiTags('certificates')
@Controller()
export class VerifyController {
  private readonly limit = new VerifyRateLimit(VERIFY_PER_MINUTE, 60_000);

  constructor(private readonly certificates: CertificatesService) {}

  /** Public: anyone holding the paper may check it; 404 for a code that was never issued. */
  @Get('verify/:code')
  @Public()
  verify(@Param('code') code: string, @Req() request: FastifyRequest): Promise<CertificateVerification> {
    const retryAfter = this.limit.hit(request.ip, Date.now());
    if (retryAfter) throw new CertificatesException(CertificatesErrorCode.VerifyThrottled, 'Too many checks from this address; try again shortly', [], { retryAfter });
    return this.certificates.verify(code);
  }
}

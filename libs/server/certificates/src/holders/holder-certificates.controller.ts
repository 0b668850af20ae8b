import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { HolderCertificate } from '@lms/contracts';
import { Roles } from '@lms/server-core';
import { CertificatesService } from '../certificates.service';

/** An admin finds a person's certificates (revoked ones too) to revoke one. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('users/:id/certificates')
export class HolderCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @Roles('admin')
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<HolderCertificate[]> {
    return this.certificates.ofHolder(id);
  }
}

import { Module } from '@nestjs/common';
import { OrgModule } from '@lms/server-org';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { CertificateSigner } from './signing/certificate-signer';
import { TypeOrmCertificatesRepository } from './typeorm-certificates.repository';

/** Certificates: issuing, verification and signing, without HTTP. */
@Module({
  imports: [OrgModule],
  providers: [CertificatesService, CertificateSigner, { provide: CertificatesRepository, useClass: TypeOrmCertificatesRepository }],
  exports: [CertificatesService, CertificateSigner, CertificatesRepository],
})
export class CertificatesModule {}

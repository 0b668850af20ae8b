import { Module } from '@nestjs/common';
import { CertificatesModule } from './certificates.module';
import { IssueCertificateProcessor } from './jobs/certificate-jobs.processors';

/** The worker's side: issuing a certificate when a course cycle completes (the PDF renders in its own sandbox). */
@Module({ imports: [CertificatesModule], providers: [IssueCertificateProcessor] })
export class CertificatesJobsModule {}

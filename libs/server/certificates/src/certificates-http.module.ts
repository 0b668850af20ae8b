import { Module } from '@nestjs/common';
import { CertificatesController } from './certificates.controller';
import { CertificatesModule } from './certificates.module';
import { HolderCertificatesController } from './holders/holder-certificates.controller';
import { JwksController } from './signing/jwks.controller';
import { VerifyController } from './verify/verify.controller';

@Module({ imports: [CertificatesModule], controllers: [CertificatesController, VerifyController, JwksController, HolderCertificatesController] })
export class CertificatesHttpModule {}

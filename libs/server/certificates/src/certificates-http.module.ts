import { Module } from '@nestjs/common';
import { CertificatesController } from './certificates.controller';
import { CertificatesModule } from './certificates.module';
import { JwksController } from './signing/jwks.controller';
import { VerifyController } from './verify/verify.controller';

@Module({ imports: [CertificatesModule], controllers: [CertificatesController, VerifyController, JwksController] })
export class CertificatesHttpModule {}

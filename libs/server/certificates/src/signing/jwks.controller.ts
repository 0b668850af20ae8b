import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@lms/server-core';
import { CertificateSigner, type PublicJwk } from './certificate-signer';

/** Where the issuer's public keys live, outside /api/v1 so that the URL never changes with the API version. */
export const JWKS_PATH = '.well-known/jwks.json';

@ApiTags('certificates')
@Controller()
export class JwksController {
  constructor(private readonly signer: CertificateSigner) {}

  @Get(JWKS_PATH)
  @Public()
  @Header('cache-control', 'public, max-age=300')
  jwks(): { keys: PublicJwk[] } {
    return { keys: this.signer.publicKeys };
  }
}

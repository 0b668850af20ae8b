import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CertificateCredential, MyCertificate } from '@lms/contracts';
import { Authenticated, CurrentActor, Public, Roles, type Actor } from '@lms/server-core';
import { CertificatesService } from './certificates.service';
import { RevokeCertificateDto } from './dtos/revoke-certificate.dto';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('me/certificates')
  @Authenticated()
  mine(@CurrentActor() actor: Actor): Promise<MyCertificate[]> {
    return this.certificates.mine(actor);
  }

  /** The holder, their HR managers and admins; 404 for anyone else, as for a certificate that does not exist. */
  @Get('certificates/:id/pdf')
  @Authenticated()
  async pdf(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { certificate, body } = await this.certificates.pdf(actor, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
      .header('cache-control', 'private, max-age=86400')
      .send(body);
  }

  /** As the PDF: the holder, their HR managers and admins. */
  @Get('certificates/:id/credential')
  @Authenticated()
  credential(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CertificateCredential> {
    return this.certificates.credential(actor, id);
  }

  /** Public: the W3C Bitstring Status List of revoked certificates, as a VC-JWT (what credentialStatus points at). */
  @Get('certificates/status-list')
  @Public()
  async statusList(@Res() reply: FastifyReply): Promise<void> {
    void reply.header('content-type', 'application/vc+jwt').header('cache-control', 'no-cache').send(await this.certificates.statusList());
  }

  /** Public: the issuer's Open Badges Profile, at the URL credentials name as their issuer. */
  @Get('issuer')
  @Public()
  issuer(): Record<string, unknown> {
    return this.certificates.issuerProfile();
  }

  @Post('certificates/:id/revoke')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  async revoke(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RevokeCertificateDto): Promise<{ id: string; revoked: true }> {
    await this.certificates.revoke(actor, id, body.reason);
    return { id, revoked: true };
  }
}

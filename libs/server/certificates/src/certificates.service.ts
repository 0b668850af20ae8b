import { Inject, Injectable } from '@nestjs/common';
import type { CertificateCredential, CertificateQrClaims, CertificateVerification, HolderCertificate, Locale, MyCertificate } from '@lms/contracts';
import { APP_CONFIG, Clock, FileStorage, type Actor, type AppConfig } from '@lms/server-core';
import { OrgUnitsRepository, scopeOf } from '@lms/server-org';
import { CertificatesErrorCode, CertificatesException } from './certificates.exception';
import { CertificatesRepository, type CertificateRecord, type CompletionSnapshot } from './certificates.repository';
import { issuerProfile, openBadgeCredential, statusListCredential, vcJwtClaims, type IssuerUrls } from './credentials/open-badge-credential';
import { encodeStatusList } from './credentials/status-list';
import { newVerificationCode, normaliseVerificationCode } from './issue/verification-code';
import { CertificateSigner } from './signing/certificate-signer';

/** The completion date as the certificate states it: the day in Laos. */
const laoDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Vientiane' }).format(d);

/** Issuing, listing, verifying and handing out certificates. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly signer: CertificateSigner,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The issue job: one certificate per completed cycle, however often it runs. */
  async issue(enrolmentId: string, cycle: number): Promise<{ certificate: CertificateRecord; created: boolean } | null> {
    return this.certificates.issue(enrolmentId, cycle, (snapshot) => {
      const code = newVerificationCode();
      return { code, keyId: this.signer.kid, qrJws: this.signer.compact(this.qrClaims(code, snapshot), 'lane-certificate+jws') };
    });
  }

  /** What the QR code's signature covers: enough to check the paper with no connection. */
  private qrClaims(code: string, snapshot: CompletionSnapshot): CertificateQrClaims {
    return { c: code, n: snapshot.holderName, t: snapshot.courseTitle, d: laoDate(new Date(snapshot.completedAt)), iss: this.config.publicUrl };
  }

  mine(actor: Actor): Promise<MyCertificate[]> {
    return this.certificates.mine(actor.userId);
  }

  /** An admin looking up a person's certificates, to revoke one. */
  async ofHolder(userId: string): Promise<HolderCertificate[]> {
    const found = await this.certificates.ofHolder(userId);
    if (!found) throw new CertificatesException(CertificatesErrorCode.HolderNotFound, 'User not found');
    return found;
  }

  async verify(rawCode: string): Promise<CertificateVerification> {
    const code = normaliseVerificationCode(rawCode);
    const c = code ? await this.certificates.findByCode(code) : null;
    if (!c) throw new CertificatesException(CertificatesErrorCode.NotFound, 'No certificate has this code');
    return {
      valid: !c.revokedAt,
      revoked: !!c.revokedAt,
      holderName: c.holderName,
      courseTitle: c.courseTitle,
      issuedAt: new Date(c.issuedAt).toISOString(),
      issuer: this.config.certificates.issuerName[c.locale],
      code: c.code,
      locale: c.locale,
      courseVersion: c.courseVersion,
      scorePercent: c.scorePercent,
      revokedAt: c.revokedAt ? new Date(c.revokedAt).toISOString() : null,
      revocationReason: c.revocationReason,
    };
  }

  /** A certificate the actor may see: the holder's own, one under an HR manager's part of the tree, or any for an admin; else 404. */
  async visible(actor: Actor, id: string): Promise<CertificateRecord> {
    const c = await this.certificates.find(id);
    if (!c || (c.userId !== actor.userId && !(await this.orgUnits.isInScope(scopeOf(actor), c.holderOrgUnitId)))) {
      throw new CertificatesException(CertificatesErrorCode.NotFound, 'Certificate not found');
    }
    return c;
  }

  /** The PDF exactly as stored at issue. */
  async pdf(actor: Actor, id: string): Promise<{ certificate: CertificateRecord; body: Buffer }> {
    const certificate = await this.visible(actor, id);
    const body = certificate.pdfKey ? await this.storage.get(certificate.pdfKey) : null;
    if (!body) throw new CertificatesException(CertificatesErrorCode.PdfPending, 'The certificate is being prepared; try again in a minute', [], { retryAfter: 30 });
    return { certificate, body };
  }

  private urls(locale: Locale): IssuerUrls {
    return { publicUrl: this.config.publicUrl, issuerName: this.config.certificates.issuerName[locale] };
  }

  /** The Open Badges 3.0 credential, and the same as a VC-JWT signed with the institute's key. */
  async credential(actor: Actor, id: string): Promise<CertificateCredential> {
    const certificate = await this.visible(actor, id);
    const credential = openBadgeCredential(certificate, this.urls(certificate.locale));
    return { credential, jwt: this.signer.compact(vcJwtClaims(credential), 'JWT') };
  }

  /** The revocation list, built from the revoked rows on each request, so a revocation shows at once. */
  async statusList(): Promise<string> {
    const credential = statusListCredential(encodeStatusList(await this.certificates.revokedIndexes()), this.urls('en'), this.clock.now());
    return this.signer.compact(vcJwtClaims(credential), 'vc+jwt');
  }

  issuerProfile(): Record<string, unknown> {
    return issuerProfile(this.urls('en'));
  }

  async revoke(actor: Actor, id: string, reason: string): Promise<void> {
    const c = await this.certificates.find(id);
    if (!c) throw new CertificatesException(CertificatesErrorCode.NotFound, 'Certificate not found');
    if (!(await this.certificates.revoke(id, actor.userId, reason, this.clock.now()))) {
      throw new CertificatesException(CertificatesErrorCode.AlreadyRevoked, 'The certificate is already revoked');
    }
  }
}

import { createHash } from 'node:crypto';
import type { CertificateRecord } from '../certificates.repository';

/** The URLs an issuer's credentials point at, all under PUBLIC_URL. */
export interface IssuerUrls {
  publicUrl: string;
  issuerName: string;
}

export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export const issuerId = (publicUrl: string) => `${publicUrl}/api/v1/issuer`;
export const statusListUrl = (publicUrl: string) => `${publicUrl}/api/v1/certificates/status-list`;

/** The issuer's Profile (Open Badges 3.0), also served at its id. */
export function issuerProfile(urls: IssuerUrls): Record<string, unknown> {
  return { id: issuerId(urls.publicUrl), type: ['Profile'], name: urls.issuerName, url: urls.publicUrl };
}

/**
 * A certificate as an Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0). The learner is
 * named by a salted hash of their email (an IdentityObject), so the credential identifies them to
 * whoever knows the address without publishing it; the revocation status is an entry in the
 * issuer's Bitstring Status List.
 */
export function openBadgeCredential(c: CertificateRecord & { holderEmail: string }, urls: IssuerUrls): Record<string, unknown> {
  const salt = c.id;
  return {
    '@context': OB3_CONTEXT,
    id: `urn:uuid:${c.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: issuerProfile(urls),
    validFrom: new Date(c.issuedAt).toISOString(),
    name: c.courseTitle,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: `sha256$${createHash('sha256').update(c.holderEmail.toLowerCase() + salt).digest('hex')}`,
          salt,
        },
      ],
      achievement: {
        id: `${urls.publicUrl}/courses/${c.courseId}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: c.courseTitle,
        description: `${c.courseTitle} (version ${c.courseVersion})`,
        criteria: { narrative: 'Every lesson of the course read and every quiz passed, in the course version named.' },
        inLanguage: c.locale,
      },
      ...(c.scorePercent !== null ? { result: [{ type: ['Result'], value: `${c.scorePercent}%` }] } : {}),
    },
    credentialStatus: {
      id: `${statusListUrl(urls.publicUrl)}#${c.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(c.statusIndex),
      statusListCredential: statusListUrl(urls.publicUrl),
    },
  };
}

/** The issuer's revocation list, as a BitstringStatusListCredential. */
export function statusListCredential(encodedList: string, urls: IssuerUrls, now: Date): Record<string, unknown> {
  return {
    '@context': [OB3_CONTEXT[0]],
    id: statusListUrl(urls.publicUrl),
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerId(urls.publicUrl),
    validFrom: now.toISOString(),
    credentialSubject: { id: `${statusListUrl(urls.publicUrl)}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
  };
}

/**
 * The claims of a credential's VC-JWT (Open Badges 3.0, §8.2): the credential's own members at
 * the top level, with iss from the issuer, jti from the id and nbf from validFrom.
 */
export function vcJwtClaims(credential: Record<string, unknown>): Record<string, unknown> {
  const issuer = credential.issuer as string | { id: string };
  return {
    ...credential,
    iss: typeof issuer === 'string' ? issuer : issuer.id,
    jti: credential.id,
    nbf: Math.floor(new Date(credential.validFrom as string).getTime() / 1000),
  };
}

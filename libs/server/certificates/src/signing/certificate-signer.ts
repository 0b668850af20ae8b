import { Inject, Injectable } from '@nestjs/common';
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@lms/server-core';

/** A public key as GET /.well-known/jwks.json lists it. */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Signs with the institute's current Ed25519 key (RFC 8037, alg EdDSA) and publishes every key,
 * current and retired, so that whatever an earlier key signed stays verifiable after a rotation.
 * Signing is node:crypto's own; the tests verify with an independent JOSE library.
 */
@Injectable()
export class CertificateSigner {
  private readonly signingKey: KeyObject;
  readonly kid: string;
  readonly publicKeys: PublicJwk[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const [current] = config.certificates.signingKeys;
    if (!current?.d) throw new Error('No certificate signing key is configured (CERTIFICATE_SIGNING_KEYS)');
    this.signingKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: current.x, d: current.d }, format: 'jwk' });
    this.kid = current.kid;
    this.publicKeys = config.certificates.signingKeys.map((k) => ({ kty: 'OKP', crv: 'Ed25519', x: k.x, kid: k.kid, alg: 'EdDSA', use: 'sig' }));
  }

  /** A compact JWS of `payload`, its header naming the key. */
  compact(payload: object, typ: string): string {
    const signingInput = `${b64url(JSON.stringify({ alg: 'EdDSA', kid: this.kid, typ }))}.${b64url(JSON.stringify(payload))}`;
    return `${signingInput}.${b64url(sign(null, Buffer.from(signingInput), this.signingKey))}`;
  }
}

import { generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ed25519Kid } from './signing-key-config';

export interface DevSecrets {
  jwtAccessSecret: string;
  /** The Ed25519 private key (JWK, with its kid) that signs certificates outside production. */
  certificateKey: JsonWebKey & { kid: string };
}

function newCertificateKey(): DevSecrets['certificateKey'] {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: ed25519Kid(jwk.x!) };
}

/**
 * Outside production, secrets that are not set are generated once and kept in a git-ignored
 * file, so that tokens and certificate signatures survive a restart without anyone committing a
 * secret. A file from before a secret existed gains it and keeps the others.
 */
export function loadOrCreateDevSecrets(file: string): DevSecrets {
  const stored: Partial<DevSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (stored.jwtAccessSecret && stored.certificateKey) return { jwtAccessSecret: stored.jwtAccessSecret, certificateKey: stored.certificateKey };
  const secrets: DevSecrets = {
    jwtAccessSecret: stored.jwtAccessSecret ?? randomBytes(48).toString('base64url'),
    certificateKey: stored.certificateKey ?? newCertificateKey(),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

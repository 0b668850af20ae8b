import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface DevSecrets {
  jwtAccessSecret: string;
}

/**
 * Outside production, secrets that are not set are generated once and kept in a git-ignored
 * file, so that tokens survive a restart without anyone committing a secret.
 */
export function loadOrCreateDevSecrets(file: string): DevSecrets {
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
    if (parsed.jwtAccessSecret) return { jwtAccessSecret: parsed.jwtAccessSecret };
  }
  const secrets: DevSecrets = { jwtAccessSecret: randomBytes(48).toString('base64url') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

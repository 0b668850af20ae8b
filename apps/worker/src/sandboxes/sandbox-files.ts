import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ForkOptions } from 'node:child_process';
import { QueueName } from '@lms/contracts';
import type { AppConfig } from '@lms/server-core';
import type { PdfSandboxConfig } from '@lms/server-certificates';

const FILES: Partial<Record<QueueName, string>> = { [QueueName.CertificatePdf]: 'certificate-pdf.js' };

/**
 * The processor file of a sandboxed queue. BullMQ forks plain Node on it, so it must be built
 * JavaScript: beside this file in the build, or in dist/ when the worker itself runs from the
 * TypeScript sources (the tests, which `npm test` runs after building).
 */
export function sandboxFile(queue: QueueName): string {
  const name = FILES[queue];
  if (!name) throw new Error(`Queue "${queue}" has no sandbox file`);
  const file = __filename.endsWith('.ts') ? join(__dirname, '..', '..', '..', '..', 'dist', 'server', 'apps', 'worker', 'src', 'sandboxes', name) : join(__dirname, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the server first (npm test and npm start do)`);
  return file;
}

/** The child's environment: only what the sandbox needs, from the worker's own configuration. */
export function sandboxForkOptions(config: AppConfig): ForkOptions {
  const sandbox: PdfSandboxConfig = {
    databaseUrl: config.databaseUrl,
    storageDir: config.storageDir,
    s3: config.s3,
    publicUrl: config.publicUrl,
    issuerName: config.certificates.issuerName,
  };
  return { env: { PATH: process.env.PATH, NODE_ENV: config.nodeEnv, LANE_SANDBOX_CONFIG: JSON.stringify(sandbox) } };
}

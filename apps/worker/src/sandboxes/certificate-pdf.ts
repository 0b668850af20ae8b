import type { SandboxedJob } from 'bullmq';
import { Pool } from 'pg';
import type { JobPayloads } from '@lms/contracts';
import { renderPdfJob, type PdfSandboxConfig } from '@lms/server-certificates';
import { createFileStorage } from '@lms/server-core';

/**
 * The certificate-pdf queue's sandboxed processor: BullMQ runs this file in a child process of
 * the worker, so the CPU-heavy PDF work never blocks the worker's (or the API's) event loop. The
 * worker hands over the configuration it needs in LANE_SANDBOX_CONFIG.
 */
const config: PdfSandboxConfig = JSON.parse(process.env.LANE_SANDBOX_CONFIG ?? 'null');
if (!config) throw new Error('LANE_SANDBOX_CONFIG is not set: this file is run by the worker, not by hand');
const pool = new Pool({ connectionString: config.databaseUrl, max: 1, application_name: 'lane-certificate-pdf' });
const storage = createFileStorage(config);

export default async function renderPdf(job: SandboxedJob<JobPayloads['certificates.render-pdf']>): Promise<{ bytes: number; rendered: boolean }> {
  return renderPdfJob(job.data.certificateId, pool, storage, config);
}

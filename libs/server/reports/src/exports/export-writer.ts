import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { Clock, FileStorage } from '@lms/server-core';
import { EXPORT_CONTENT_TYPE, exportFileKey } from './export-files';
import { exportQuery } from './export-queries';
import { ExportsRepository } from './exports.repository';
import { writeExport } from './write-export';

/**
 * The worker's side of an export: stream the rows from PostgreSQL into a local file, store the
 * file, then mark the export done and notify the asker in one transaction. Running it again (a
 * retried job, a restarted worker) writes the same file under the same key; a finished export
 * is left alone.
 */
@Injectable()
export class ExportWriter {
  private readonly logger = new Logger(ExportWriter.name);

  constructor(
    private readonly exports: ExportsRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async write(exportId: string): Promise<void> {
    const row = await this.exports.start(exportId);
    if (!row) return;
    const query = exportQuery(row.kind, { ...row, now: this.clock.now() });
    const file = join(tmpdir(), `lane-export-${row.id}.${row.format}`);
    // COPY needs a connection of its own for the whole stream: one from TypeORM's pg pool.
    const client = await (this.ds.driver as unknown as { master: Pool }).master.connect();
    let failed: Error | undefined;
    try {
      const rowCount = await writeExport(client, { kind: row.kind, format: row.format, locale: row.locale, query }, createWriteStream(file));
      const { size } = await stat(file);
      const fileKey = exportFileKey(row.id, row.format);
      await this.storage.putFile(fileKey, file, EXPORT_CONTENT_TYPE[row.format]);
      await this.exports.finish(row.id, { rowCount, fileKey, bytes: size }, this.clock.now());
      this.logger.log(`export ${row.id}: ${rowCount} ${row.kind} rows, ${size} bytes of ${row.format}`);
    } catch (error) {
      failed = error as Error;
      throw error;
    } finally {
      // A connection that broke off mid-COPY is not given back to the pool.
      client.release(failed);
      await rm(file, { force: true });
    }
  }

  async fail(exportId: string, error: Error): Promise<void> {
    await this.exports.fail(exportId, error.message, this.clock.now());
  }

  /** Deletes the files of expired exports, then forgets them (in that order, so none outlives its week). */
  async expire(): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.exports.expired(this.clock.now(), 200);
      for (const { fileKey } of expired) await this.storage.delete(fileKey);
      if (expired.length) await this.exports.forget(expired.map((e) => e.id));
      total += expired.length;
      if (expired.length < 200) return total;
    }
  }
}

import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { ExportFormat, ExportKind, Locale } from '@lms/contracts';
import { csvLine, UTF8_BOM } from './csv-writer';
import { EXPORT_CATALOGUE } from './export-catalogue';
import type { ExportQuery } from './export-queries';
import { xlsxStream } from './xlsx-writer';

export interface ExportSpec {
  kind: ExportKind;
  format: ExportFormat;
  locale: Locale;
  /** The SELECT and its columns, from exportQuery(). */
  query: ExportQuery;
}

/** The font an XLSX asks for: Phetsarath OT is the Lao government's standard font; Excel substitutes one with Lao where it is missing. */
const FONT: Record<Locale, string> = { lo: 'Phetsarath OT', en: 'Calibri' };

/** Counts the records COPY sends: one line each, since no field it writes here holds a line break unquoted. */
class LineCounter extends Transform {
  lines = 0;
  private quoted = false;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === 0x22) this.quoted = !this.quoted;
      else if (byte === 0x0a && !this.quoted) this.lines++;
    }
    done(null, chunk);
  }
}

/**
 * Writes one export to `out`, streaming from PostgreSQL's COPY, and resolves to the number of
 * rows. CSV is COPY's own output (RFC 4180 quoting) after a UTF-8 BOM and the heading line, so a
 * CSV export costs what COPY costs. XLSX parses the same stream and writes the sheet as it goes.
 * Neither holds more than a few chunks in memory. A failure anywhere rejects, and COPY stops.
 */
export async function writeExport(client: PoolClient, spec: ExportSpec, out: Writable): Promise<number> {
  const words = EXPORT_CATALOGUE[spec.locale];
  const headers = spec.query.columns.map((c) => words.headings[c.heading]);
  const copy: Readable = client.query(copyTo(`COPY (${spec.query.sql}) TO STDOUT WITH (FORMAT csv)`));
  if (spec.format === 'csv') {
    const counter = new LineCounter();
    out.write(UTF8_BOM + csvLine(headers).replace(/\r\n$/, '\n'));
    await pipeline(copy, counter, out);
    return counter.lines;
  }
  const rows = copy.pipe(parse({ relax_quotes: false }));
  copy.on('error', (error) => rows.destroy(error));
  const xlsx = xlsxStream({ sheetName: words.sheet[spec.kind], headers, columns: spec.query.columns.map((c) => c.type), font: FONT[spec.locale] }, rows);
  const [count] = await Promise.all([xlsx.rowCount, pipeline(xlsx.stream, out)]);
  return count;
}

import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { ColumnType } from './export-queries';
import { inertCell } from './spreadsheet-cell';

export interface SheetSpec {
  sheetName: string;
  headers: readonly string[];
  columns: readonly ColumnType[];
  /** The font the sheet asks for; Excel falls back to one that has the script when it is missing. */
  font: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style ids in styles.xml: 0 plain, 1 a date and time, 2 the bold heading. */
const TIME_STYLE = 1;
const HEAD_STYLE = 2;
/** Write to the zip in pieces of about this many characters. */
const CHUNK = 1 << 16;

// Characters XML 1.0 cannot carry at all; they are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeXml = (text: string) => text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A, B, …, Z, AA, …: the letters of column i (0-based). */
export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "YYYY-MM-DD HH:MM" (a wall-clock time, as report_time() writes it) as an Excel serial day number. */
export function excelSerial(time: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(time);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return ms / 86_400_000 + 25_569;
}

function cell(ref: string, type: ColumnType, value: string): string {
  if (value === '') return '';
  if (type === 'number' && Number.isFinite(Number(value))) return `<c r="${ref}"><v>${Number(value)}</v></c>`;
  if (type === 'time') {
    const serial = excelSerial(value);
    if (serial !== null) return `<c r="${ref}" s="${TIME_STYLE}"><v>${serial}</v></c>`;
  }
  // Inline strings are never formulas, but a copy pasted or saved as CSV would be: inert here too.
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(inertCell(value)))}</t></is></c>`;
}

const WIDTH: Record<ColumnType, number> = { text: 28, number: 12, time: 17 };

/**
 * A one-sheet XLSX written as it streams: the sheet's XML goes into the zip (yazl, deflated) row by
 * row, waiting whenever the zip is behind, so memory stays flat however many rows there are. Cells
 * are inline strings (no shared-string table to hold), numbers, and times typed as dates. The
 * heading row is bold and frozen, with an autofilter. `rowCount` resolves once the rows are written.
 */
export function xlsxStream(spec: SheetSpec, rows: AsyncIterable<string[]>): { stream: Readable; rowCount: Promise<number> } {
  const zip = new ZipFile();
  const sheet = new PassThrough();
  const letters = spec.columns.map((_, i) => columnLetters(i));
  const last = letters[letters.length - 1];

  zip.addBuffer(Buffer.from(contentTypes()), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(`${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`), '_rels/.rels');
  zip.addBuffer(Buffer.from(workbook(spec.sheetName)), 'xl/workbook.xml');
  zip.addBuffer(
    Buffer.from(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/_rels/workbook.xml.rels',
  );
  zip.addBuffer(Buffer.from(styles(spec.font)), 'xl/styles.xml');
  zip.addReadStream(sheet, 'xl/worksheets/sheet1.xml');
  zip.end();

  const write = async (text: string) => {
    if (!sheet.write(text)) await once(sheet, 'drain');
  };
  const rowCount = (async () => {
    try {
      const cols = spec.columns.map((type, i) => `<col min="${i + 1}" max="${i + 1}" width="${WIDTH[type]}" customWidth="1"/>`).join('');
      await write(
        `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
          `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>` +
          `<row r="1">${spec.headers.map((h, i) => `<c r="${letters[i]}1" t="inlineStr" s="${HEAD_STYLE}"><is><t>${escapeXml(h)}</t></is></c>`).join('')}</row>`,
      );
      let n = 0;
      let buffer = '';
      for await (const values of rows) {
        const r = n + 2;
        let xml = `<row r="${r}">`;
        for (let i = 0; i < spec.columns.length; i++) xml += cell(`${letters[i]}${r}`, spec.columns[i], values[i] ?? '');
        buffer += `${xml}</row>`;
        n++;
        if (buffer.length > CHUNK) {
          await write(buffer);
          buffer = '';
        }
      }
      await write(`${buffer}</sheetData><autoFilter ref="A1:${last}${n + 1}"/></worksheet>`);
      sheet.end();
      return n;
    } catch (error) {
      sheet.destroy(error as Error);
      throw error;
    }
  })();
  // The caller learns of a failure through rowCount or the stream; neither is left unhandled.
  rowCount.catch(() => undefined);
  return { stream: zip.outputStream as Readable, rowCount };
}

function contentTypes(): string {
  const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${main}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${main}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${main}.styles+xml"/></Types>`
  );
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function workbook(name: string): string {
  const safe = escapeXml(name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  return `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${safe}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

function styles(font: string): string {
  const f = escapeXml(font);
  return (
    `${XML_HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
    `<fonts count="2"><font><sz val="11"/><name val="${f}"/></font><font><b/><sz val="11"/><name val="${f}"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

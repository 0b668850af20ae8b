import { inertCell } from './spreadsheet-cell';

/** The byte-order mark: without it, Excel opens UTF-8 CSV as the local code page and Lao comes out garbled. */
export const UTF8_BOM = '\uFEFF';

type CellValue = string | number | boolean | Date | null | undefined;

function field(value: CellValue): string {
  const cell = inertCell(value);
  if (cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString() : String(cell);
  // RFC 4180: quote a field holding a quote, a comma or a line break, doubling its quotes.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record (RFC 4180, CRLF line ends), every cell made inert first. */
export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

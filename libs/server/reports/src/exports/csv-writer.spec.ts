import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvLine, UTF8_BOM } from './csv-writer';
import { inertCell } from './spreadsheet-cell';

const parseBack = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });

describe('CSV export lines', () => {
  it('neutralises formula injection: = + - @ tab and CR at the start of text get an apostrophe', () => {
    const attacks = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|" /C calc"!A0'];
    const [row] = parseBack(csvLine(attacks));
    expect(row).toEqual(attacks.map((a) => `'${a}`));
    expect(row.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it('leaves numbers, dates, empty cells and ordinary text as they are', () => {
    expect(inertCell(-5)).toBe(-5);
    expect(inertCell('a=b')).toBe('a=b');
    expect(inertCell(null)).toBeNull();
    expect(csvLine([-5, 87.5, new Date('2026-12-01T03:00:00Z'), null, undefined, true, 'ນ້ອຍ ແກ້ວມະນີ'])).toBe('-5,87.5,2026-12-01T03:00:00.000Z,,,true,ນ້ອຍ ແກ້ວມະນີ\r\n');
  });

  it('keeps Lao, quotes, commas and line breaks intact through a standard CSV parser, after the BOM', () => {
    const rows = [
      ['ພະນັກງານ', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'he said "ສະບາຍດີ"', 'a,b', 'line 1\nline 2'],
      ['MOF-1001', 'ນ້ອຍ ແກ້ວມະນີ', '', 'x', 'y'],
    ];
    expect(parseBack(UTF8_BOM + rows.map(csvLine).join(''))).toEqual(rows);
  });

  it('reads back every text as written, or as written with one apostrophe when it could run as a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 8 }), (cells) => {
        const [row] = parseBack(UTF8_BOM + csvLine(cells));
        expect(row).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      }),
    );
  });
});

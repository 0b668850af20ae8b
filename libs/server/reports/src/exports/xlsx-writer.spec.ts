import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { columnLetters, excelSerial, xlsxStream } from './xlsx-writer';

async function* rowsOf(rows: string[][]) {
  yield* rows;
}

async function written(rows: string[][], sheetName = 'ລາຍງານ'): Promise<{ book: ExcelJS.Workbook; count: number }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (chunk, _e, done) => (chunks.push(chunk), done()) });
  const { stream, rowCount } = xlsxStream({ sheetName, headers: ['ຊື່', 'ຄະແນນ', 'ວັນທີ'], columns: ['text', 'number', 'time'], font: 'Phetsarath OT' }, rowsOf(rows));
  const [count] = await Promise.all([rowCount, pipeline(stream, sink)]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { book, count };
}

describe('the streaming XLSX writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('turns a wall-clock time into an Excel serial day, and refuses what is not one', () => {
    expect(excelSerial('1970-01-01 00:00')).toBe(25_569);
    expect(excelSerial('2026-11-10 18:00')).toBe(46_336.75);
    expect(excelSerial('2026-11-10')).toBe(46_336);
    expect(excelSerial('soon')).toBeNull();
  });

  it('writes text, numbers and times that ExcelJS reads back, escaping XML and dropping what XML cannot hold', async () => {
    const { book, count } = await written([
      ['ທ້າວ <ສົມພອນ> & "ລູກ"', '87.5', '2026-11-10 16:15'],
      ['bell\u0007 and form\u000c feed', '', ''],
      ['=1+1', '-3', 'not a time'],
    ]);
    expect(count).toBe(3);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('ລາຍງານ');
    expect(sheet.getRow(1).values).toEqual([undefined, 'ຊື່', 'ຄະແນນ', 'ວັນທີ']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'ທ້າວ <ສົມພອນ> & "ລູກ"', 87.5, new Date('2026-11-10T16:15:00Z')]);
    expect(sheet.getRow(3).getCell(1).value).toBe('bell and form feed');
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(4).values).toEqual([undefined, "'=1+1", -3, 'not a time']);
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true, name: 'Phetsarath OT' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C4');
  });

  it('keeps a sheet name Excel accepts: at most 31 characters, none of : \\ / ? * [ ]', async () => {
    const { book } = await written([], 'Completions: 2026/11 [draft] and a long tail');
    expect(book.worksheets[0].name).toBe('Completions  2026 11  draft  an');
  });

  it('streams 60,000 rows with every row in place', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`ຜູ້ຮຽນ ${i}`, String(i % 100), '2026-01-01 08:00']);
    const { book, count } = await written(rows);
    expect(count).toBe(60_000);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(60_001);
    expect(sheet.getRow(60_001).values).toEqual([undefined, 'ຜູ້ຮຽນ 59999', 99, new Date('2026-01-01T08:00:00Z')]);
    // Writing and reading back 60,000 rows takes a few seconds; on a busy CI machine, more than
    // Jest's default 5 s. This checks the rows, not the speed (that is `npm run bench -- exports`).
  }, 60_000);
});

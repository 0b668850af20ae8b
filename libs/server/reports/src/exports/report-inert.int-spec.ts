import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestDataSource, type TestDataSource } from '@lms/server-testing';
import { inertCell } from './spreadsheet-cell';

/**
 * CSV exports are PostgreSQL's COPY output, so the formula rule runs in SQL (report_inert, in the
 * migration 1765000000000-report-exports); XLSX cells and everything else use inertCell. The two
 * must agree on every string (real PostgreSQL).
 */
describe('report_inert() in SQL and inertCell() agree', () => {
  let db: TestDataSource;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDataSource();
    ds = db.ds;
  });

  afterAll(async () => {
    await db.drop();
  });

  const inSql = async (values: string[]): Promise<string[]> => (await ds.query(`SELECT array_agg(report_inert(v) ORDER BY n) AS out FROM unnest($1::text[]) WITH ORDINALITY AS t(v, n)`, [values]))[0].out;

  it('on the cases OWASP lists and on Lao text', async () => {
    const cases = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", 'ສົມພອນ', '=ສົມພອນ', '', ' =x', 'a=b', '−1'];
    expect(await inSql(cases)).toEqual(cases.map((c) => inertCell(c)));
  });

  it('on arbitrary strings', async () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", 'ກ', 'າ'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 8 }).filter((s) => !s.includes('\u0000'));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 50 }), async (values) => {
        expect(await inSql(values)).toEqual(values.map((v) => inertCell(v)));
      }),
      { numRuns: 40 },
    );
  });
});

import { parseUsersCsv } from './users-csv.parser';

const HEADER = 'email,displayName,employeeId,orgUnitCode,position,locale';

describe('parseUsersCsv', () => {
  it('reads rows with their line numbers, lower-casing emails and defaulting the locale', () => {
    const csv = `\uFEFF${HEADER}\nSomchai@MTC.gov.la,ສົມໃຈ ແກ້ວມະນີ,MTC-001,MTC,"Officer, IT",\nnoy@mof.gov.la,Noy,,MOF,,en\n`;
    const { rows, errors } = parseUsersCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, email: 'somchai@mtc.gov.la', displayName: 'ສົມໃຈ ແກ້ວມະນີ', employeeId: 'MTC-001', orgUnitCode: 'MTC', position: 'Officer, IT', locale: 'lo' },
      { line: 3, email: 'noy@mof.gov.la', displayName: 'Noy', employeeId: null, orgUnitCode: 'MOF', position: null, locale: 'en' },
    ]);
  });

  it('reports every bad field by line and returns no rows', () => {
    const csv = [HEADER, 'not-an-email,A,,MTC,,lo', 'b@x.la,,E/1,MTC,,fr', 'c@x.la,C,E 2,,,lo', 'B@X.LA,Dup,,MTC,,lo', 'short,row'].join('\n');
    const { rows, errors } = parseUsersCsv(csv);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 2, field: 'email', message: 'is not an email address' },
      { line: 3, field: 'displayName', message: 'must be 1 to 200 characters' },
      { line: 3, field: 'locale', message: 'must be lo or en' },
      { line: 4, field: 'employeeId', message: expect.stringContaining('letters, digits') },
      { line: 4, field: 'orgUnitCode', message: 'is required' },
      { line: 5, field: 'email', message: 'repeats line 3' },
      { line: 6, field: '*', message: 'Expected 6 columns, found 2' },
    ]);
  });

  it('names the line of a row after a quoted field that spans lines', () => {
    const csv = `${HEADER}\na@x.la,"Two\nlines",,MTC,,lo\nbad,B,,MTC,,lo\n`;
    expect(parseUsersCsv(csv).errors).toEqual([{ line: 4, field: 'email', message: 'is not an email address' }]);
  });

  it('refuses a wrong header, an empty file and broken quoting', () => {
    expect(parseUsersCsv('email,name\n').errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('header') });
    expect(parseUsersCsv('').errors[0]).toMatchObject({ line: 1, message: 'The file is empty' });
    expect(parseUsersCsv(`${HEADER}\n"a@x.la,A,,MTC,,lo\n`).errors[0].message).toContain('not valid CSV');
  });
});

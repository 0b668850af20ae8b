import { parse } from 'csv-parse/sync';
import { LOCALES, USERS_IMPORT_HEADER, type LineError, type Locale } from '@lms/contracts';
import { EMPLOYEE_ID_PATTERN } from '../dtos/create-user.dto';

export interface UserCsvRow {
  line: number;
  email: string;
  displayName: string;
  employeeId: string | null;
  orgUnitCode: string;
  position: string | null;
  locale: Locale;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_IMPORT_ROWS = 100_000;
const MAX_ERRORS = 1_000;

/**
 * Parses and checks a users CSV on its own, without the database: the header, each field's
 * form, and repeats inside the file. Returns every row or every problem, by line.
 */
export function parseUsersCsv(content: Buffer | string): { rows: UserCsvRow[]; errors: LineError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 10_000 }) as never;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { rows: [], errors: [{ line: e.lines ?? 1, message: `The file is not valid CSV: ${e.message}` }] };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, message: 'The file is empty' }] };
  const header = records[0].record.map((h) => h.trim());
  const expected = [...USERS_IMPORT_HEADER];
  if (header.join(',') !== expected.join(',')) {
    return { rows: [], errors: [{ line: 1, message: `The header must be exactly: ${expected.join(',')}` }] };
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ line: 1, message: `At most ${MAX_IMPORT_ROWS} rows may be imported at once` }] };
  }

  const rows: UserCsvRow[] = [];
  const errors: LineError[] = [];
  const seenEmail = new Map<string, number>();
  const seenEmployee = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const problem = (field: string, message: string) => errors.length < MAX_ERRORS && errors.push({ line, field, message });
    if (record.length !== expected.length) {
      problem('*', `Expected ${expected.length} columns, found ${record.length}`);
      continue;
    }
    const [emailRaw, displayName, employeeIdRaw, orgUnitCode, position, localeRaw] = record;
    const email = emailRaw.toLowerCase();
    if (!EMAIL.test(email) || email.length > 254) problem('email', 'is not an email address');
    else if (seenEmail.has(email)) problem('email', `repeats line ${seenEmail.get(email)}`);
    else seenEmail.set(email, line);
    if (!displayName || displayName.length > 200) problem('displayName', 'must be 1 to 200 characters');
    const employeeId = employeeIdRaw || null;
    if (employeeId) {
      if (!EMPLOYEE_ID_PATTERN.test(employeeId)) problem('employeeId', 'must be 1 to 64 letters, digits, ".", "_", "/" or "-"');
      else if (seenEmployee.has(employeeId)) problem('employeeId', `repeats line ${seenEmployee.get(employeeId)}`);
      else seenEmployee.set(employeeId, line);
    }
    if (!orgUnitCode) problem('orgUnitCode', 'is required');
    if (position.length > 200) problem('position', 'must be at most 200 characters');
    const locale = (localeRaw || 'lo').toLowerCase();
    if (!LOCALES.includes(locale as Locale)) problem('locale', 'must be lo or en');
    rows.push({ line, email, displayName, employeeId, orgUnitCode, position: position || null, locale: locale as Locale });
  }
  return { rows: errors.length ? [] : rows, errors };
}

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some programs strip before they do): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as an export writes it into a cell: text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, so it shows as typed and runs nothing. Numbers, dates and empty
 * values pass through as themselves (a negative number is a number, not a formula).
 */
export function inertCell(value: string | number | boolean | Date | null | undefined): string | number | boolean | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

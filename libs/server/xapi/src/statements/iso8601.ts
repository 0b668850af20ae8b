/**
 * ISO 8601 time points (Data 4.5) and durations (Data 4.6), checked by hand: the spec needs only these
 * two shapes, and a date library would accept forms (local times, week dates, loose separators) or
 * reject ones (basic format) differently from what the spec asks.
 */

// Calendar date and time of day, extended (2015-11-18T12:17:00.5+07:00) or basic (20151118T121700Z).
// The extended form also takes a "+0700" offset, which many clients send.
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})([.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})([.,]\d+)?)?(Z|[+-]\d{2}(?:\d{2})?)$/;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * A combined date and time with its offset from UTC. The offset is required although Data 4.5.s1.b4
 * only says SHOULD*: without one the LRS cannot tell which instant is meant, and so cannot order or
 * filter by it. "-00:00" (RFC 3339's "offset unknown") is not ISO 8601, and the ADL suite refuses it.
 */
export function isIsoTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = EXTENDED.exec(value) ?? BASIC.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second = '00', fraction = '', zone] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return false;
  // 24:00 is ISO 8601's end of day; a leap second may be 60.
  const endOfDay = h === 24 && mi === 0 && s === 0 && !/[1-9]/.test(fraction);
  if ((h > 23 && !endOfDay) || mi > 59 || s > 60) return false;
  if (zone === 'Z') return true;
  const offsetHours = Number(zone.slice(1, 3));
  // "+hh", "+hhmm" or "+hh:mm"
  const offsetMinutes = zone.length > 3 ? Number(zone.slice(-2)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  return !(zone.startsWith('-') && offsetHours === 0 && offsetMinutes === 0);
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(
  `^P(?:${NUMBER}W|(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?)$`,
);

/**
 * ISO 8601:2004 section 4.4.3.2 durations (PnYnMnDTnHnMnS or PnW); the alternative format of 4.4.3.3
 * (P0003-01-29T…) is refused, as Data 4.6.s1.b1 says. Weeks stand alone ("P4W1D" is not valid), at
 * least one component must be given, "T" must be followed by one, and only the smallest given
 * component may carry a decimal fraction.
 */
export function isIsoDuration(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = DURATION.exec(value);
  if (!match) return false;
  const components = match.slice(1).filter((component): component is string => component !== undefined);
  if (components.length === 0) return false;
  if (value.includes('T') && /T$/.test(value)) return false;
  return components.slice(0, -1).every((component) => !/[.,]/.test(component));
}

import type { Locale } from './i18n';

/**
 * Numbers and sizes with Intl in the reader's language (dates, percentages and plural forms:
 * lib/dates.ts). Browsers are not all equally equipped: Chromium (desktop and Android)
 * ships no Lao locale data and would write Lao numbers the American way. Where the browser lacks
 * Lao, numbers keep Intl's digits with Lao separators (1.234,5), so Lao reads the same in every
 * browser.
 */
const support = new Map<Locale, boolean>();

/** Whether this browser has Intl data for the locale (tests can pretend it has not). */
export function hasIntlData(locale: Locale): boolean {
  let known = support.get(locale);
  if (known === undefined) {
    known = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 && Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    support.set(locale, known);
  }
  return known;
}

/** For tests: behave as a browser with (or without) the locale's data. Undefined asks the browser again. */
export function setIntlDataForTests(locale: Locale, available: boolean | undefined): void {
  if (available === undefined) support.delete(locale);
  else support.set(locale, available);
}

function numberFormatter(locale: Locale, options?: Intl.NumberFormatOptions): (value: number) => string {
  if (hasIntlData(locale)) return new Intl.NumberFormat(locale, options).format;
  // Only Lao can be missing; CLDR's Lao groups with "." and has "," as its decimal sign.
  const english = new Intl.NumberFormat('en', options);
  return (value) =>
    english
      .formatToParts(value)
      .map((part) => (part.type === 'group' ? '.' : part.type === 'decimal' ? ',' : part.value))
      .join('');
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormatter(locale, { maximumFractionDigits: 0 })(value);
}

/** A number that may have a fraction, such as a score: "7,5" in Lao, "7.5" in English, up to two places. */
export function formatDecimal(value: number, locale: Locale): string {
  return numberFormatter(locale, { maximumFractionDigits: 2 })(value);
}

/** A size in decimal units, as phone data plans count them: "850 kB", "1,5 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const size = Math.max(0, bytes);
  if (size >= 1e9) return numberFormatter(locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 })(size / 1e9);
  if (size >= 1e6) return numberFormatter(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })(size / 1e6);
  return numberFormatter(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })(Math.max(1, Math.round(size / 1e3)));
}

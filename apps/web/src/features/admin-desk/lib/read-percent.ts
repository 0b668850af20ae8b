/**
 * A target typed as a percentage, more than 0 and at most 100, with a decimal point or comma
 * (Lao writes 12,5): the number, or null when it is not one.
 */
export function readPercent(text: string): number | null {
  const cleaned = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value > 0 && value <= 100 ? value : null;
}

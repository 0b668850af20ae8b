import type { EntityDecoderOptions } from 'fast-xml-parser';

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|(amp|lt|gt|quot|apos));/g;

/** XML 1.0's Char production: what a document may contain, literally or by reference. */
export function isXmlCodePoint(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/**
 * Decodes the five predefined entities and character references. fast-xml-parser's default
 * decoder leaves `&#39;` and `&#x0E9E;` alone, and its HTML mode would also decode `&nbsp;`,
 * which is not XML; references to characters XML forbids (`&#0;`) stay as written.
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const codePoint = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal ?? '', 10);
    return isXmlCodePoint(codePoint) ? String.fromCodePoint(codePoint) : whole;
  });
}

/**
 * The decoder handed to fast-xml-parser. Entities declared in a DOCTYPE are deliberately not
 * expanded: Moodle never writes one, and expanding them is how "billion laughs" files hurt.
 */
export const xmlEntityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeXmlEntities,
};

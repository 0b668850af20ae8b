/**
 * Typed access to the tree fast-xml-parser builds with `isArray: () => true` and
 * `alwaysCreateTextNode: true`: every element is an object whose child elements sit in arrays
 * under their tag name, whose own text is `#text` and whose attributes are `@_name`. That one
 * uniform shape lets a reader ask for any child without guessing whether it is a string, an
 * object or an array, which is what goes wrong with a hand-exported Moodle file.
 */
export type XmlElement = Readonly<Record<string, unknown>>;

export const TEXT_KEY = '#text';
export const ATTRIBUTE_PREFIX = '@_';

export function isXmlElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function childElements(element: XmlElement, name: string): XmlElement[] {
  const value = Object.hasOwn(element, name) ? element[name] : undefined;
  return Array.isArray(value) ? value.filter(isXmlElement) : [];
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

export function attribute(element: XmlElement, name: string): string | undefined {
  const value = element[ATTRIBUTE_PREFIX + name];
  return typeof value === 'string' ? value : undefined;
}

/** The element's own character data (CDATA included), untrimmed; '' when it has none. */
export function ownText(element: XmlElement): string {
  const value = element[TEXT_KEY];
  return typeof value === 'string' ? value : '';
}

/** True when the element holds other elements, e.g. unescaped HTML inside a `<text>`. */
export function hasChildElements(element: XmlElement): boolean {
  return Object.keys(element).some((key) => key !== TEXT_KEY && !key.startsWith(ATTRIBUTE_PREFIX));
}

/** The names of the element's child elements, in first-seen order. */
export function childNames(element: XmlElement): string[] {
  return Object.keys(element).filter((key) => key !== TEXT_KEY && !key.startsWith(ATTRIBUTE_PREFIX) && !key.startsWith('?'));
}

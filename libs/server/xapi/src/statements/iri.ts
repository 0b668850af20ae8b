/**
 * Best-effort IRI and IRL checks (Data 2.2.s4.b6 allows best effort): an absolute IRI has a scheme
 * (Data 2.2.s4.b1.b8) and no character RFC 3987 forbids anywhere in an IRI. Non-ASCII letters stay
 * allowed because IRIs, unlike URIs, may carry them (Data 4.3).
 */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Spaces, controls and the characters RFC 3987 excludes from every IRI component.
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f<>"{}|\\^`]/;
// A '%' must start a percent-encoded octet.
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

export function isIri(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const scheme = SCHEME.exec(value);
  return scheme !== null && value.length > scheme[0].length && !FORBIDDEN.test(value) && !BAD_PERCENT.test(value);
}

/** An IRL locates something, so beyond being an IRI it names a host ("scheme://host…") a URL parser accepts. */
export function isIrl(value: unknown): boolean {
  return isIri(value) && /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]/.test(value as string) && URL.canParse(value as string);
}

/** Data 2.4.2.3.s3.table1.row1: "mailto:" followed by an email address. */
export function isMailtoIri(value: unknown): boolean {
  return isIri(value) && /^mailto:[^@/?#]+@[^@/?#]+$/.test(value as string);
}

import { isJsonObject, problem, type StatementProblem } from './problems';

/**
 * RFC 5646 section 2.1 "langtag": language[-extlang][-script][-region]*(-variant)*(-extension)[-privateuse].
 * Data 2.2.s4.b2 asks the LRS to check at least this sequence of subtag lengths, not the registry.
 */
const LANGTAG = new RegExp(
  '^(?:' +
    '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})' + // language, with up to three extlangs
    '(?:-[a-z]{4})?' + // script
    '(?:-(?:[a-z]{2}|[0-9]{3}))?' + // region
    '(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*' + // variants
    '(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*' + // extensions
    '(?:-x(?:-[a-z0-9]{1,8})+)?' + // private use
    '|x(?:-[a-z0-9]{1,8})+' + // a private-use tag on its own
    ')$',
  'i',
);

// RFC 5646 section 2.2.8: tags registered before the grammar, valid although some break it.
const GRANDFATHERED = new Set(
  [
    'en-GB-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo',
    'i-pwn', 'i-tao', 'i-tay', 'i-tsu', 'sgn-BE-FR', 'sgn-BE-NL', 'sgn-CH-DE', 'art-lojban', 'cel-gaulish', 'no-bok',
    'no-nyn', 'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang',
  ].map((tag) => tag.toLowerCase()),
);

export function isLanguageTag(value: unknown): boolean {
  return typeof value === 'string' && (LANGTAG.test(value) || GRANDFATHERED.has(value.toLowerCase()));
}

/**
 * Data 4.2: an object whose keys are RFC 5646 tags and whose values are strings. An empty map is
 * refused, as the ADL suite refuses it ("has at least 1 entry"), following Data 2.2.s2.b1.
 */
export function validateLanguageMap(value: unknown, path: string): StatementProblem[] {
  if (!isJsonObject(value)) return [problem(path, 'must be a language map (an object of language tag to string)')];
  const entries = Object.entries(value);
  if (entries.length === 0) return [problem(path, 'must hold at least one language tag')];
  return entries.flatMap(([tag, text]) => [
    ...(isLanguageTag(tag) ? [] : [problem(`${path}.${tag}`, 'key must be an RFC 5646 language tag')]),
    ...(typeof text === 'string' ? [] : [problem(`${path}.${tag}`, 'must be a string')]),
  ]);
}

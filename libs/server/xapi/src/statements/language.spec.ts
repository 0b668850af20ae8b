import { isLanguageTag, validateLanguageMap } from './language';

describe('isLanguageTag (RFC 5646, Data 2.2.s4.b2)', () => {
  it.each(['en', 'en-US', 'lo-LA', 'zh-Hant-TW', 'es-419', 'tlh', 'de-CH-1901', 'sl-rozaj-biske', 'en-a-bbb-x-a-ccc', 'x-whatever', 'zh-yue-HK', 'sr-Latn', 'i-klingon', 'en-GB-oed', 'EN-us'])(
    '2.2.s4.b2 %s has a valid RFC 5646 subtag sequence',
    (tag) => {
      expect(isLanguageTag(tag)).toBe(true);
    },
  );

  it.each(['en_US', '', '123', 'a12345', 'de-419-DE', 'e', 'en-', '-en', 'en--US', 'abcdefghi', 'en-US-x', 'en US', 'en-a', 'zh-Hant-TW-toolongvariant'])(
    '2.2.s4.b2 %p breaks the RFC 5646 subtag sequence',
    (tag) => {
      expect(isLanguageTag(tag)).toBe(false);
    },
  );

  it('2.2.s4.b2 only strings can be language tags', () => {
    expect(isLanguageTag(12)).toBe(false);
    expect(isLanguageTag(null)).toBe(false);
  });
});

describe('validateLanguageMap (Data 4.2)', () => {
  it('4.2.s1 a map of language tags to strings is valid', () => {
    expect(validateLanguageMap({ 'en-US': 'attended', 'en-GB': 'attended', lo: 'ເຂົ້າຮ່ວມ' }, 'display')).toEqual([]);
  });

  it('4.2.s1 every key MUST be an RFC 5646 tag and every value a string', () => {
    expect(validateLanguageMap({ en_US: 'x', de: 5 }, 'display').map((found) => found.path)).toEqual(['display.en_US', 'display.de']);
  });

  it('4.2.s1 a language map is an object with at least one entry (as the ADL suite requires)', () => {
    for (const value of ['attended', ['en'], null, {}]) expect(validateLanguageMap(value, 'display')).toHaveLength(1);
  });
});

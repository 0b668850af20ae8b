import { newVerificationCode, normaliseVerificationCode } from './verification-code';

describe('verification codes', () => {
  it('are 12 Crockford base-32 characters in groups of four, and differ each time', () => {
    const codes = Array.from({ length: 1000 }, newVerificationCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are read back however a person types them', () => {
    expect(normaliseVerificationCode('7kq2mx9d4hta')).toBe('7KQ2-MX9D-4HTA');
    expect(normaliseVerificationCode(' 7KQ2 MX9D 4HTA ')).toBe('7KQ2-MX9D-4HTA');
    expect(normaliseVerificationCode('7KQ2-MX9D-4HTo')).toBe('7KQ2-MX9D-4HT0');
    expect(normaliseVerificationCode('1LI1-0000-0000')).toBe('1111-0000-0000');
  });

  it('refuse what cannot be a code', () => {
    for (const bad of ['', '7KQ2-MX9D', '7KQ2-MX9D-4HTA-X', 'UUUU-UUUU-UUUU', '7KQ2_MX9D_4HTA', 'ກກກກ-ກກກກ-ກກກກ']) expect(normaliseVerificationCode(bad)).toBeNull();
  });
});

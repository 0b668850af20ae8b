import { CERTIFICATE_CATALOGUE } from './certificate-catalogue';
import { certificateContent } from './certificate-content';
import { fillTemplate, segmentsText } from './segments';
import { ENGLISH_CERTIFICATE, LAO_CERTIFICATE } from './testing/certificate-fixtures';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the certificate catalogue', () => {
  it('has the same lines, with the same placeholders, in Lao and English', () => {
    const { lo, en } = CERTIFICATE_CATALOGUE;
    expect(Object.keys(lo).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(lo) as (keyof typeof lo)[]) expect(placeholders(lo[key])).toEqual(placeholders(en[key]));
  });
});

describe('a certificate’s words', () => {
  it('are in its language, with dates in Vientiane time and the score as the language writes numbers', () => {
    const lo = certificateContent({ ...LAO_CERTIFICATE, completedAt: new Date('2025-02-28T18:30:00Z') });
    expect(lo.details.map(segmentsText)).toEqual(['ສະບັບທີ 3', 'ຄະແນນ 87,5%', 'ວັນທີສຳເລັດ 1 ມີນາ 2025']);
    expect(segmentsText(lo.issuedOn)).toBe('ວັນທີອອກ 2 ມີນາ 2025');
    const en = certificateContent(ENGLISH_CERTIFICATE);
    expect(en.details.map(segmentsText)).toEqual(['Version 3', 'Score 87.5%', 'Completed on 1 March 2025']);
    expect(en.code).toEqual([{ text: 'Verification code ' }, { text: '7KQ2-MX9D-4HTA', value: true }]);
  });

  it('leave the score out when there is none, and keep names on one line', () => {
    const content = certificateContent({ ...ENGLISH_CERTIFICATE, scorePercent: null, holderName: '  Somphone\n Vongsavanh ' });
    expect(content.details.map(segmentsText)).toEqual(['Version 3', 'Completed on 1 March 2025']);
    expect(content.holder).toBe('Somphone Vongsavanh');
  });

  it('refuse a template whose placeholder has no value', () => {
    expect(() => fillTemplate('Score {score}%', {})).toThrow('{score}');
  });
});

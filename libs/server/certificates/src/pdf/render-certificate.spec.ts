import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import type { CertificateDocument } from './certificate-document';
import { CERTIFICATE_CATALOGUE } from './certificate-catalogue';
import { renderCertificatePdf } from './render-certificate';
import { ENGLISH_CERTIFICATE, LAO_CERTIFICATE } from './testing/certificate-fixtures';

/** The page's text as poppler extracts it, every run of white space made one space. */
function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf });
  if (result.error) throw new Error(`pdftotext did not run (${result.error.message}): install poppler-utils (apt-get install poppler-utils)`);
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString()}`);
  return result.stdout.toString('utf8').replace(/\s+/g, ' ');
}

const latin1 = (pdf: Buffer) => pdf.toString('latin1');
const pageCount = (pdf: Buffer) => latin1(pdf).match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
const fontNames = (pdf: Buffer) => [...latin1(pdf).matchAll(/\/FontName \/([^\s/<>[\]]+)/g)].map((m) => m[1]);
/** The glyph ids the page's text shows, from its (deflated) content stream's TJ strings. */
function glyphIds(pdf: Buffer): string[] {
  const streams = [...latin1(pdf).matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => Buffer.from(m[1], 'latin1'));
  const content = streams.map((stream) => inflateSync(stream).toString('latin1')).find((text) => text.includes(' Tf'));
  return [...(content ?? '').matchAll(/<([0-9a-f]+)> -?[\d.]+/g)].flatMap((m) => m[1].match(/.{4}/g) ?? []);
}
/** The catalogue's words in the line, without its placeholders. */
const words = (template: string) => template.split(/\{\w+\}/).map((w) => w.trim()).filter(Boolean);

describe.each([
  ['Lao', LAO_CERTIFICATE],
  ['English', ENGLISH_CERTIFICATE],
])('the %s certificate', (_language, doc) => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderCertificatePdf(doc);
  });

  it('is a one-page A4 landscape PDF well under 150 KB', () => {
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(latin1(pdf)).toMatch(/%%EOF\s*$/);
    expect(pageCount(pdf)).toBe(1);
    expect(latin1(pdf)).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(pdf.length).toBeLessThan(150 * 1024);
  });

  it('comes out the same, byte for byte, every time', async () => {
    await renderCertificatePdf(doc === LAO_CERTIFICATE ? ENGLISH_CERTIFICATE : LAO_CERTIFICATE);
    const again = await renderCertificatePdf({ ...doc, completedAt: new Date(doc.completedAt), issuedAt: new Date(doc.issuedAt) });
    expect(again.equals(pdf)).toBe(true);
  });

  it('dates itself at its issue, not at the moment it is rendered', () => {
    // CreationDate and ModDate, and no other date anywhere.
    expect(latin1(pdf).match(/\(D:[^)]*\)/g)).toEqual(['(D:20250302030000Z)', '(D:20250302030000Z)']);
  });

  it('embeds its fonts as subsets, Noto Sans Lao for Lao and Noto Sans for the rest', () => {
    const lao = doc.locale === 'lo' ? ['NotoSansLao-Bold', 'NotoSansLao-Regular'] : [];
    expect(fontNames(pdf).map((name) => name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular', ...lao].sort());
    for (const name of fontNames(pdf)) expect(name).toMatch(/^[A-Z]{6}\+/);
    expect(latin1(pdf).match(/\/FontFile2 /g)).toHaveLength(fontNames(pdf).length);
    expect(latin1(pdf)).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('has a glyph for every character it shows', () => {
    const ids = glyphIds(pdf);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).not.toContain('0000');
  });

  it('reads back as the holder, the course, the code and the verify URL, in its language', () => {
    const text = pdfText(pdf);
    for (const value of [doc.holderName, doc.courseTitle, doc.code, doc.verifyUrl, doc.issuerName]) expect(text).toContain(value);
    const catalogue = CERTIFICATE_CATALOGUE[doc.locale];
    for (const line of [catalogue.title, catalogue.awardedTo, catalogue.forCompleting, catalogue.signatureCaption, catalogue.verifyAt, catalogue.version, catalogue.score, catalogue.code]) {
      for (const word of words(line)) expect(text).toContain(word);
    }
    const other = CERTIFICATE_CATALOGUE[doc.locale === 'lo' ? 'en' : 'lo'];
    expect(text).not.toContain(other.awardedTo);
  });
});

describe('a certificate', () => {
  it('reads back its Lao dates and score exactly', async () => {
    const text = pdfText(await renderCertificatePdf(LAO_CERTIFICATE));
    expect(text).toContain('ສະບັບທີ 3');
    expect(text).toContain('ຄະແນນ 87,5%');
    expect(text).toContain('ວັນທີສຳເລັດ 1 ມີນາ 2025');
    expect(text).toContain('ວັນທີອອກ 2 ມີນາ 2025');
  });

  it('reads back Lao with stacked marks exactly as it was written', async () => {
    const holderName = 'ນ້ຳ ກ້ຳ ເຫຼົ້າ ພະນັກງານ ຢັ້ງ';
    const courseTitle = 'ນ້ຳໃຈ ກ້ຳເກິ່ງ ຜູ້ຊ່ຽວຊານ ໃໝ່ ຫຼວງພະບາງ';
    const text = pdfText(await renderCertificatePdf({ ...LAO_CERTIFICATE, holderName, courseTitle }));
    expect(text).toContain(holderName);
    expect(text).toContain(courseTitle);
  });

  it('leaves the score out when the course has no quiz', async () => {
    const text = pdfText(await renderCertificatePdf({ ...ENGLISH_CERTIFICATE, scorePercent: null }));
    expect(text).toContain('Version 3');
    expect(text).not.toContain('Score');
  });

  it('fits a long name and a long title on its one page, whole', async () => {
    const long: CertificateDocument[] = [
      {
        ...ENGLISH_CERTIFICATE,
        holderName: 'Maximilian Alexander Phoutthavong-Sisouphanthong Keomanivong',
        courseTitle: 'Introduction to Data Protection, Information Security and Responsible Use of Artificial Intelligence in the Public Sector',
      },
      {
        ...LAO_CERTIFICATE,
        holderName: 'ນາງ ພອນສະຫວັນ (Phonesavanh) ສີສຸວັນນະວົງ ໄຊຍະວົງສາ ພົມມະຈັນ ແສງອາລຸນ',
        courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີສຳລັບພະນັກງານລັດຂັ້ນສູນກາງແລະທ້ອງຖິ່ນທົ່ວປະເທດລາວທຸກແຂວງ',
      },
    ];
    for (const doc of long) {
      const pdf = await renderCertificatePdf(doc);
      expect(pageCount(pdf)).toBe(1);
      const text = pdfText(pdf);
      expect(text).toContain(doc.holderName);
      expect(text).toContain(doc.courseTitle);
    }
  });

  it('differs when what it certifies does', async () => {
    const other = await renderCertificatePdf({ ...LAO_CERTIFICATE, code: '0000-0000-0000' });
    expect(other.equals(await renderCertificatePdf(LAO_CERTIFICATE))).toBe(false);
  });
});

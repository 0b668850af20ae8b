import type { CertificateDocument } from './certificate-document';
import { CERTIFICATE_CATALOGUE } from './certificate-catalogue';
import { fillTemplate, segmentsText, type Segment } from './segments';

/** The words of one certificate, in its language, ready to be set. */
export interface CertificateContent {
  issuer: string;
  title: string;
  awardedTo: string;
  holder: string;
  forCompleting: string;
  course: string;
  /** Version, score (when there is one) and completion date, one entry each. */
  details: Segment[][];
  issuedOn: Segment[];
  code: Segment[];
  signatureCaption: string;
  verifyAt: string;
  verifyUrl: string;
  documentTitle: string;
  documentSubject: string;
}

/** Names and titles are set on their own lines: line breaks and runs of spaces in them are a single space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The certificate's words in its language: the catalogue's, with its names, dates and numbers filled in. */
export function certificateContent(doc: CertificateDocument): CertificateContent {
  const words = CERTIFICATE_CATALOGUE[doc.locale];
  const tag = doc.locale === 'lo' ? 'lo-LA' : 'en-GB';
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'Asia/Vientiane' });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const details = [fillTemplate(words.version, { n: number.format(doc.courseVersion) })];
  if (doc.scorePercent !== null) details.push(fillTemplate(words.score, { score: number.format(doc.scorePercent) }));
  details.push(fillTemplate(words.completedOn, { date: date.format(doc.completedAt) }));
  return {
    issuer: oneLine(doc.issuerName),
    title: words.title,
    awardedTo: words.awardedTo,
    holder: oneLine(doc.holderName),
    forCompleting: words.forCompleting,
    course: oneLine(doc.courseTitle),
    details,
    issuedOn: fillTemplate(words.issuedOn, { date: date.format(doc.issuedAt) }),
    code: fillTemplate(words.code, { code: doc.code }),
    signatureCaption: words.signatureCaption,
    verifyAt: words.verifyAt,
    verifyUrl: doc.verifyUrl,
    documentTitle: segmentsText(fillTemplate(words.documentTitle, { holder: doc.holderName })),
    documentSubject: segmentsText(fillTemplate(words.documentSubject, { course: doc.courseTitle })),
  };
}

import PDFDocument from 'pdfkit';
import type { CertificateDocument } from './certificate-document';
import { certificateContent } from './certificate-content';
import { CERTIFICATE_LAYOUT } from './certificate-layout';
import { drawCertificatePage } from './certificate-page';
import { certificateFontFiles } from './font-files';

/**
 * The certificate as a one-page PDF, with its fonts embedded as subsets. A pure function of the
 * document: pdfkit's only clock is the info dictionary's dates and its file /ID is a hash of that
 * dictionary, so with both dates set to the issue time the same document gives the same bytes.
 */
export function renderCertificatePdf(doc: CertificateDocument): Promise<Buffer> {
  const content = certificateContent(doc);
  const { width, height } = CERTIFICATE_LAYOUT.page;
  const pdf = new PDFDocument({
    size: [width, height],
    margin: 0,
    compress: true,
    lang: doc.locale,
    displayTitle: true,
    info: {
      Title: content.documentTitle,
      Author: doc.issuerName,
      Subject: content.documentSubject,
      Creator: 'Lane',
      CreationDate: doc.issuedAt,
      ModDate: doc.issuedAt,
    },
  });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    try {
      for (const [name, file] of Object.entries(certificateFontFiles())) pdf.registerFont(name, file);
      drawCertificatePage(pdf, content, doc.qrText);
      pdf.end();
    } catch (error) {
      reject(error);
    }
  });
}

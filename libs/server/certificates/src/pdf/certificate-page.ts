import type { CertificateContent } from './certificate-content';
import { segmentsText, type Segment } from './segments';
import { CERTIFICATE_LAYOUT as L } from './certificate-layout';
import { drawLine, fitSize, fitText, lineWidth, spelled, type LineStyle } from './mixed-script-text';
import { drawQrCode } from './qr-code';

type Pdf = PDFKit.PDFDocument;

/** A line of the body: drawn at a baseline, in its block's style (scaled down if the body would overflow). */
type BodyLine = (style: LineStyle, baseline: number) => void;

interface Block {
  lines: BodyLine[];
  style: LineStyle;
  /** Extra space above the block, beyond the lines' own leading. */
  gap?: number;
  /** A rule under the block's last line. */
  rule?: boolean;
}

const text = (line: string): Segment[] => [{ text: line }];

function drawDiamond(pdf: Pdf, x: number, y: number, radius: number): void {
  pdf.polygon([x, y - radius], [x + radius, y], [x, y + radius], [x - radius, y]).fill(L.colors.gold);
}

/** The double border, a gold diamond on each corner of the inner rule. */
function drawBorder(pdf: Pdf): void {
  const { width, height } = L.page;
  for (const { inset, width: weight } of [L.border.outer, L.border.inner]) {
    pdf.lineWidth(weight).rect(inset, inset, width - 2 * inset, height - 2 * inset).stroke(L.colors.navy);
  }
  const i = L.border.inner.inset;
  for (const [x, y] of [[i, i], [width - i, i], [i, height - i], [width - i, height - i]]) drawDiamond(pdf, x, y, L.border.cornerDiamond);
}

function drawOrnament(pdf: Pdf): void {
  const { y, halfWidth, diamond } = L.ornament;
  const x = L.centreX;
  pdf.lineWidth(0.6);
  pdf.moveTo(x - halfWidth, y).lineTo(x - diamond * 2.5, y).stroke(L.colors.gold);
  pdf.moveTo(x + diamond * 2.5, y).lineTo(x + halfWidth, y).stroke(L.colors.gold);
  drawDiamond(pdf, x, y, diamond);
}

/** A centred heading on a fixed baseline, shrunk to fit on one line. */
function drawHeading(pdf: Pdf, line: string, style: Omit<LineStyle, 'size'>, at: { baseline: number; size: number }): void {
  drawLine(pdf, text(line), { ...style, size: fitSize(pdf, [line], style, L.textWidth, at.size) }, L.centreX, at.baseline);
}

function centred(pdf: Pdf, line: string): BodyLine {
  return (style, baseline) => drawLine(pdf, text(line), style, L.centreX, baseline);
}

function fittedBlock(pdf: Pdf, line: string, style: Omit<LineStyle, 'size'>, at: { size: number; minSize: number }, rule = false): Block {
  const fitted = fitText(pdf, line, style, L.textWidth, at.size, at.minSize);
  // Two lines at full size would crowd the page.
  const size = fitted.lines.length > 1 ? Math.min(fitted.size, at.size * L.wrappedScale) : fitted.size;
  return { lines: fitted.lines.map((l) => centred(pdf, l)), style: { ...style, size }, rule };
}

/** The version, score and completion date on one line, a small diamond between each, shrunk to fit. */
function detailsBlock(pdf: Pdf, details: Segment[][]): Block {
  const full: LineStyle = { size: L.details.size, color: L.colors.ink, valueBold: true };
  const width = (style: LineStyle) => details.reduce((sum, d) => sum + lineWidth(pdf, d, style), 0) + style.size * L.details.separator * (details.length - 1);
  const draw: BodyLine = (style, baseline) => {
    const gap = style.size * L.details.separator;
    let left = L.centreX - width(style) / 2;
    spelled(pdf, details.map(segmentsText).join('  '), () =>
      details.forEach((detail, i) => {
        if (i > 0) drawDiamond(pdf, left - gap / 2, baseline - style.size * 0.3, style.size * 0.17);
        drawLine(pdf, detail, style, left, baseline, 'left', false);
        left += lineWidth(pdf, detail, style) + gap;
      }),
    );
  };
  return { lines: [draw], style: { ...full, size: Math.min(full.size, (full.size * L.textWidth) / width(full)) }, gap: L.details.gap };
}

/** The holder, the course and the details, centred as one block in the body's band (all smaller when it would overflow). */
function drawBody(pdf: Pdf, content: CertificateContent): void {
  const { ink, muted, navy, gold } = L.colors;
  const blocks: Block[] = [
    { lines: [centred(pdf, content.awardedTo)], style: { size: L.awardedTo.size, color: muted } },
    fittedBlock(pdf, content.holder, { bold: true, color: navy }, L.holder, true),
    { lines: [centred(pdf, content.forCompleting)], style: { size: L.forCompleting.size, color: muted }, gap: L.holderRule.gap + 4 },
    fittedBlock(pdf, content.course, { bold: true, color: ink }, L.course),
    detailsBlock(pdf, content.details),
  ];
  const height = blocks.reduce((sum, b) => sum + (b.gap ?? 0) + b.lines.length * b.style.size * L.leading, 0);
  const band = L.body.bottom - L.body.top;
  const scale = Math.min(1, band / height);
  let top = L.body.top + (band - height * scale) / 2;
  for (const block of blocks) {
    const style = { ...block.style, size: block.style.size * scale };
    top += (block.gap ?? 0) * scale;
    for (const line of block.lines) {
      line(style, top + style.size * L.ascent);
      top += style.size * L.leading;
    }
    if (block.rule) {
      const y = top + (L.holderRule.gap / 2) * scale;
      pdf.lineWidth(0.5).moveTo(L.centreX - L.holderRule.halfWidth, y).lineTo(L.centreX + L.holderRule.halfWidth, y).stroke(gold);
    }
  }
}

function drawFoot(pdf: Pdf, content: CertificateContent, qrText: string): void {
  const { ink, muted, navy } = L.colors;
  const f = L.foot;
  drawLine(pdf, content.issuedOn, { size: f.issuedOn.size, color: ink, valueBold: true }, f.left, f.issuedOn.baseline, 'left');
  drawLine(pdf, content.code, { size: f.code.size, color: ink, valueBold: true }, f.left, f.code.baseline, 'left');

  const s = f.signature;
  pdf.lineWidth(0.6).moveTo(s.x - s.halfWidth, s.ruleY).lineTo(s.x + s.halfWidth, s.ruleY).stroke(ink);
  drawLine(pdf, text(content.signatureCaption), { size: s.size, color: muted }, s.x, s.captionBaseline);

  const q = f.qr;
  const qrCentre = q.right - q.size / 2;
  drawQrCode(pdf, qrText, q.right - q.size, q.top, q.size, navy);
  const verifyAt = q.top + q.size + f.verifyAt.gap;
  drawLine(pdf, text(content.verifyAt), { size: f.verifyAt.size, color: muted }, qrCentre, verifyAt);
  drawLine(pdf, text(content.verifyUrl), { size: f.verifyUrl.size, color: ink }, qrCentre, verifyAt + f.verifyUrl.gap);
}

/** The whole page: border, issuer, title, the holder and course, and the foot with the QR code. */
export function drawCertificatePage(pdf: Pdf, content: CertificateContent, qrText: string): void {
  const { navy, ink } = L.colors;
  drawBorder(pdf);
  drawHeading(pdf, content.issuer, { color: ink }, L.issuer);
  drawOrnament(pdf);
  drawHeading(pdf, content.title, { bold: true, color: navy }, L.title);
  drawBody(pdf, content);
  drawFoot(pdf, content, qrText);
}

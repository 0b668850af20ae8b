import { segmentsText, type Segment } from './segments';
import type { CertificateFont } from './font-files';
import { laoForLayout } from './lao-layout';
import { scriptRuns } from './script-runs';

/** How a line is set. Values filled into a template may be set in another weight than its words. */
export interface LineStyle {
  size: number;
  bold?: boolean;
  valueBold?: boolean;
  color: string;
}

export type Align = 'left' | 'center' | 'right';

interface Piece {
  font: CertificateFont;
  text: string;
}

/** The line cut into runs of one font each, script by script and weight by weight, as they are laid out. */
function pieces(segments: Segment[], style: LineStyle): Piece[] {
  return segments.flatMap((segment) => {
    const bold = segment.value && style.valueBold !== undefined ? style.valueBold : style.bold;
    return scriptRuns(segment.text).map((run) => ({
      font: `${run.script}-${bold ? 'bold' : 'regular'}` as CertificateFont,
      text: run.script === 'lao' ? laoForLayout(run.text) : run.text,
    }));
  });
}

const pieceWidth = (pdf: PDFKit.PDFDocument, piece: Piece, size: number) => pdf.font(piece.font).fontSize(size).widthOfString(piece.text);

export function lineWidth(pdf: PDFKit.PDFDocument, segments: Segment[], style: LineStyle): number {
  return pieces(segments, style).reduce((sum, piece) => sum + pieceWidth(pdf, piece, style.size), 0);
}

/**
 * Marks what the drawing spells, for text extraction and search: a Lao tone mark may sit left of
 * the vowel before it, and extraction would read the two out of order.
 */
export function spelled(pdf: PDFKit.PDFDocument, text: string, draw: () => void): void {
  pdf.markContent('Span', { actual: text });
  draw();
  pdf.endMarkedContent();
}

/**
 * One line, its runs placed one after another on the baseline: left of, centred on or right of x.
 * It is one span spelling the whole line (or none, when the caller spells a larger whole).
 */
export function drawLine(pdf: PDFKit.PDFDocument, segments: Segment[], style: LineStyle, x: number, baseline: number, align: Align = 'center', spell = true): void {
  const width = lineWidth(pdf, segments, style);
  let left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
  const draw = () => {
    pdf.fillColor(style.color);
    for (const piece of pieces(segments, style)) {
      pdf.font(piece.font).fontSize(style.size).text(piece.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
      left += pieceWidth(pdf, piece, style.size);
    }
  };
  if (spell) spelled(pdf, segmentsText(segments), draw);
  else draw();
}

/** The largest size up to maxSize at which the text fits the width on one line. */
export function fitSize(pdf: PDFKit.PDFDocument, lines: string[], style: Omit<LineStyle, 'size'>, width: number, maxSize: number): number {
  // Widths grow in proportion to the size: measure once at 1000 pt for precision.
  const widest = Math.max(...lines.map((line) => lineWidth(pdf, [{ text: line }], { ...style, size: 1000 }) / 1000));
  return Math.min(maxSize, Math.floor((width / widest) * 10) / 10);
}

export interface Fitted {
  size: number;
  lines: string[];
}

/**
 * The text at the largest size up to maxSize that fits the width on one line; below minSize it
 * wraps at a space into two balanced lines instead, and only a text that cannot fit even so (one
 * very long word) is set smaller than minSize: a name or a title is never cut.
 */
export function fitText(pdf: PDFKit.PDFDocument, text: string, style: Omit<LineStyle, 'size'>, width: number, maxSize: number, minSize: number): Fitted {
  const one = fitSize(pdf, [text], style, width, maxSize);
  if (one >= minSize) return { size: one, lines: [text] };
  const splits = [...text.matchAll(/ +/g)].map((space) => [text.slice(0, space.index).trimEnd(), text.slice(space.index! + space[0].length).trimStart()]);
  const twoLines = splits.filter(([first, second]) => first && second).map((lines) => ({ lines, size: fitSize(pdf, lines, style, width, maxSize) }));
  return twoLines.reduce((best, option) => (option.size > best.size ? option : best), { size: one, lines: [text] });
}

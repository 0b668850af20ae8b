import QRCode from 'qrcode';

/**
 * The QR code as vector rectangles, one per horizontal run of dark modules, filled as a single
 * path (so no seams show between rows). The page around it must stay light: it is the quiet zone.
 */
export function drawQrCode(pdf: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, color: string): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      pdf.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  pdf.fill(color);
}

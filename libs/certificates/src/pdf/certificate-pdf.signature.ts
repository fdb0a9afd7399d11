import { ensureSpace } from './certificate-pdf.decoration.js';
import { PAGE_MARGIN, type Doc } from './certificate-pdf.style.js';

const QR_SIZE = 92;

/** QR code and code on the left, the issuer's block with room for the seal on the right. */
export function drawSignatureBlock(
  doc: Doc,
  zh: { issuerLines: string[]; seal: string; code: string },
  qrPng: Buffer,
  width: number,
): void {
  // The QR code, the issuer and the verification line below them belong on one page.
  ensureSpace(doc, QR_SIZE + 90);
  const top = doc.y;
  doc.image(qrPng, PAGE_MARGIN, top, { width: QR_SIZE, height: QR_SIZE });
  doc
    .fontSize(9)
    .fillColor('black')
    .text(zh.code, PAGE_MARGIN + 4, top + QR_SIZE + 2, { width: 200 });
  const qrBottom = doc.y;

  const blockWidth = 240;
  const left = PAGE_MARGIN + width - blockWidth;
  doc.fontSize(11).fillColor('black');
  doc.text(zh.seal, left, top + 6, { width: blockWidth, align: 'right' });
  doc.moveDown(0.8);
  for (const line of zh.issuerLines)
    doc.text(line, left, doc.y, { width: blockWidth, align: 'right', lineGap: 3 });

  doc.x = PAGE_MARGIN;
  doc.y = Math.max(qrBottom, doc.y);
}

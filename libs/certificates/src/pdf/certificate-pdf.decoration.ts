import { ACCENT, MUTED, PAGE_MARGIN, type Doc } from './certificate-pdf.style.js';

/** Drawn over the content, so a copy that no longer stands cannot pass for one that does. */
export function drawInvalidWatermark(doc: Doc): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-30, { origin: [width / 2, height / 2] });
  doc.fontSize(72).fillColor(ACCENT).fillOpacity(0.15);
  doc.text('已失效  INVALID', 0, height / 2 - 40, { width, align: 'center', lineBreak: false });
  doc.restore();
}

/** Ties the pages of a long certificate together, so a page cannot be swapped in from another. */
export function drawPageFooter(doc: Doc, number: string, page: number, pages: number): void {
  const bottom = doc.page.margins.bottom;
  // Writing below the bottom margin would otherwise start a new page.
  doc.page.margins.bottom = 0;
  doc
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      `${number}    第 ${page} / ${pages} 页  Page ${page} of ${pages}`,
      PAGE_MARGIN,
      doc.page.height - 44,
      {
        width: doc.page.width - 2 * PAGE_MARGIN,
        align: 'center',
        lineBreak: false,
      },
    );
  doc.page.margins.bottom = bottom;
}

export function drawFrame(doc: Doc): void {
  const { width, height } = doc.page;
  doc.save();
  doc
    .lineWidth(2)
    .strokeColor(ACCENT)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(0.6)
    .rect(30, 30, width - 60, height - 60)
    .stroke();
  doc.restore();
}

export function rule(doc: Doc, width: number): void {
  doc.save().lineWidth(0.5).strokeColor('#bbbbbb');
  doc
    .moveTo(PAGE_MARGIN, doc.y)
    .lineTo(PAGE_MARGIN + width, doc.y)
    .stroke();
  doc.restore();
}

export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - PAGE_MARGIN) doc.addPage();
}

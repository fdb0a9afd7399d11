import { type Certificate } from '../content/certificate.model.js';
import {
  drawFrame,
  drawInvalidWatermark,
  drawPageFooter,
  ensureSpace,
  rule,
} from './certificate-pdf.decoration.js';
import { drawSignatureBlock } from './certificate-pdf.signature.js';
import { ACCENT, MUTED, PAGE_MARGIN, type Doc } from './certificate-pdf.style.js';
import { drawActivityTable } from './certificate-pdf.table.js';
import { certificateWording } from './certificate-pdf.text.js';
import { cjkFontFamilyOf } from './cjk-font.locator.js';

export interface CertificatePdfOptions {
  /** The QR code of the verification URL (verificationQrPng). */
  qrPng: Buffer;
  /** A CJK font file (findCjkFont); pdfkit embeds the subset the certificate uses. */
  fontPath: string;
  /** The face inside a .ttc collection; known collections are recognised from their path. */
  fontFamily?: string;
  /** Printed in the verification line, so the certificate can be checked without a phone. */
  verificationUrl?: string;
  /** The PDF route is public: it may print the masked name instead of the full one. Default full. */
  nameDisplay?: 'full' | 'masked';
  /** Set when the certificate no longer stands: the PDF then says so across the page. */
  invalidation?: { at: string; reason: string };
}

/** Renders a certificate on A4: Chinese first, then an English summary in smaller type. */
export async function renderCertificatePdf(
  certificate: Certificate,
  options: CertificatePdfOptions,
): Promise<Buffer> {
  // Loaded on the first certificate printed: pdfkit and its fonts' tables are megabytes of heap.
  const { default: PDFDocument } = await import('pdfkit');
  const displayName =
    options.nameDisplay === 'masked' ? certificate.volunteer.maskedName : certificate.volunteer.name;
  const wording = certificateWording(certificate, {
    displayName,
    ...(options.verificationUrl ? { verificationUrl: options.verificationUrl } : {}),
  });
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    lang: 'zh-CN',
    displayTitle: true,
    // Frames and any invalidation notice are drawn on every page once the flow is laid out.
    bufferPages: true,
    info: {
      Title: `${wording.zh.title} ${certificate.number}`,
      Subject: wording.en.title,
      Author: certificate.issuer.name,
      Keywords: certificate.code,
      // The issue time, not the render time: the same certificate renders to the same document.
      CreationDate: new Date(certificate.issuedAt),
    },
  });
  const done = collect(doc);

  const family = options.fontFamily ?? cjkFontFamilyOf(options.fontPath).family;
  doc.registerFont('cjk', options.fontPath, family);
  doc.font('cjk');
  doc.on('pageAdded', () => doc.font('cjk'));

  const width = doc.page.width - 2 * PAGE_MARGIN;
  doc.fontSize(9).fillColor(MUTED).text(`证明编号 No. ${certificate.number}`, { align: 'right' });
  if (options.invalidation) {
    const { at, reason } = options.invalidation;
    doc.moveDown(0.5).fontSize(10).fillColor(ACCENT);
    doc.text(`本证明已于 ${at} 失效：${reason}`, { align: 'center' });
    doc.fontSize(9).text(`This certificate is no longer valid since ${at}.`, { align: 'center' });
  }
  doc.moveDown(1.2);
  doc
    .fontSize(28)
    .fillColor(ACCENT)
    .strokeColor(ACCENT)
    .lineWidth(0.6)
    .text(wording.zh.title, { align: 'center', characterSpacing: 10, stroke: true, fill: true });
  doc
    .fontSize(11)
    .fillColor(MUTED)
    .text(wording.en.title.toUpperCase(), { align: 'center', characterSpacing: 2 });
  doc.moveDown(1.5);

  doc.fontSize(12).fillColor('black').text(wording.zh.body, { lineGap: 6, indent: 24 });
  doc.moveDown(0.8);
  drawActivityTable(doc, certificate, width);
  doc.moveDown(0.8);

  doc.fontSize(11).fillColor('black').text(wording.zh.organizationsLabel, { continued: true });
  doc.text(wording.zh.organizations, { lineGap: 4 });
  if (wording.zh.remarks) doc.moveDown(0.3).text(wording.zh.remarks, { lineGap: 4 });
  doc.moveDown(0.3).fontSize(10).fillColor(MUTED).text(wording.zh.issuedUnder, { lineGap: 4 });
  doc.moveDown(0.5).fontSize(11).fillColor('black').text(wording.zh.closing, { indent: 24 });
  doc.moveDown(1);

  drawSignatureBlock(doc, wording.zh, options.qrPng, width);
  doc.moveDown(0.8);
  doc.fontSize(9).fillColor(MUTED).text(wording.zh.verify, { lineGap: 3 });

  doc.moveDown(1);
  ensureSpace(doc, 90);
  rule(doc, width);
  doc.moveDown(0.6);
  doc.fontSize(10).fillColor('black').text(wording.en.title);
  doc.moveDown(0.3);
  doc.fontSize(8.5).fillColor('#333333').text(wording.en.body, { lineGap: 2, align: 'justify' });
  doc.moveDown(0.3).text(wording.en.issuedUnder, { lineGap: 2 });
  doc.moveDown(0.3).fillColor(MUTED).text(wording.en.verify, { lineGap: 2, align: 'justify' });

  const pages = doc.bufferedPageRange();
  for (let index = pages.start; index < pages.start + pages.count; index += 1) {
    doc.switchToPage(index);
    drawFrame(doc);
    if (pages.count > 1) drawPageFooter(doc, certificate.number, index - pages.start + 1, pages.count);
    if (options.invalidation) drawInvalidWatermark(doc);
  }
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

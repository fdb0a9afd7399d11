/** The public verification route (SPEC §5) a QR code and the printed line point to. */
export function certificateVerificationUrl(baseUrl: string, code: string): string {
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new RangeError(`A verification URL needs an http(s) base, got ${base.protocol}`);
  }
  const prefix = base.href.replace(/\/+$/, '');
  return `${prefix}/api/v1/certificates/${encodeURIComponent(code)}`;
}

export interface VerificationQrOptions {
  /** Pixels per module in the PNG; 8 prints sharply at 3 cm and scans from a phone photo of a printout. */
  scale?: number;
}

/**
 * Medium error correction: a printed certificate gets folded and stamped on, yet the code stays small
 * enough for a short URL to fit version 4 or so.
 */
const QR_BASE = { errorCorrectionLevel: 'M', margin: 2 } as const;

// Loaded on the first QR code drawn, like the PDF library the codes go into.
const qrcode = async () => (await import('qrcode')).default;

export async function verificationQrPng(url: string, options: VerificationQrOptions = {}): Promise<Buffer> {
  return (await qrcode()).toBuffer(url, { ...QR_BASE, type: 'png', scale: options.scale ?? 8 });
}

/** SVG for web pages, where it scales without blur. */
export async function verificationQrSvg(url: string): Promise<string> {
  return (await qrcode()).toString(url, { ...QR_BASE, type: 'svg' });
}

import QRCode from 'qrcode';
import { certificateVerificationUrl, verificationQrPng, verificationQrSvg } from './verification-qr.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('certificateVerificationUrl', () => {
  it('points at the public certificate route', () => {
    expect(certificateVerificationUrl('https://vl.example.org', 'K7M2Q9RXH4TD')).toBe(
      'https://vl.example.org/api/v1/certificates/K7M2Q9RXH4TD',
    );
  });

  it('keeps a path prefix and drops trailing slashes', () => {
    expect(certificateVerificationUrl('https://example.org/ledger//', 'K7M2Q9RXH4TD')).toBe(
      'https://example.org/ledger/api/v1/certificates/K7M2Q9RXH4TD',
    );
  });

  it('refuses a base that is not http(s)', () => {
    expect(() => certificateVerificationUrl('javascript:alert(1)', 'X')).toThrow(RangeError);
    expect(() => certificateVerificationUrl('not a url', 'X')).toThrow();
  });
});

describe('verification QR codes', () => {
  const url = 'https://vl.example.org/api/v1/certificates/K7M2Q9RXH4TD';

  it('render a PNG whose side is the module count times the scale', async () => {
    const png = await verificationQrPng(url, { scale: 4 });
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    // IHDR width, big-endian, at byte 16; two modules of quiet zone on each side.
    expect(png.readUInt32BE(16)).toBe((modules + 4) * 4);
  });

  it('render an SVG with the same modules', async () => {
    const svg = await verificationQrSvg(url);
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${modules + 4} ${modules + 4}"`);
  });
});

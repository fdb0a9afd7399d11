import { certificateVerificationUrl, verificationQrPng } from '../qr/verification-qr.js';
import { certificateInput, sampleCertificate } from '../testing/certificate.fixture.js';
import { popplerOutput } from '../testing/poppler.js';
import { renderCertificatePdf, type CertificatePdfOptions } from './certificate-pdf.renderer.js';
import { findCjkFont } from './cjk-font.locator.js';

async function pdfOptions(code: string): Promise<CertificatePdfOptions> {
  const verificationUrl = certificateVerificationUrl('https://vl.example.org', code);
  return { qrPng: await verificationQrPng(verificationUrl), fontPath: findCjkFont().path, verificationUrl };
}

/** pdftotext keeps line breaks where the layout wraps; compare text with them removed. */
function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('renderCertificatePdf', () => {
  it('renders one A4 page whose extracted text holds the name, the figures and the code', async () => {
    const certificate = sampleCertificate();
    const pdf = await renderCertificatePdf(certificate, await pdfOptions(certificate.code));

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = await popplerOutput('pdfinfo', pdf);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain('志愿服务证明 ZYFW-20250705-000042');

    const text = flat(await popplerOutput('pdftotext', pdf));
    expect(text).toContain('志愿服务证明');
    expect(text).toContain('兹证明张小三');
    expect(text).toContain('共计12.5小时（750分钟');
    expect(text).toContain('4301**********1234');
    expect(text).toContain('验证码：K7M2-Q9RX-H4TD');
    expect(text).toContain('https://vl.example.org/api/v1/certificates/K7M2Q9RXH4TD');
    expect(text).toContain('七彩课堂：小学生暑期作业辅导');
    expect(text).toContain('荷塘区月塘街道新塘社区团支部');
    expect(text).toContain('出具日期：2025年7月5日');
    expect(text).toContain('Thisistocertifythat张小三');
    expect(text).toContain('12.5hours(750minutes');
    expect(text).not.toContain('430102200501011234');
  });

  it('志愿服务记录与证明出具办法 (2020): states in one line the rule it is issued under', async () => {
    const certificate = sampleCertificate();
    const pdf = await renderCertificatePdf(certificate, await pdfOptions(certificate.code));
    const lines = (await popplerOutput('pdftotext', pdf, ['-layout'])).split('\n').map((line) => line.trim());
    expect(lines).toContain('本证明依据《志愿服务记录与证明出具办法（试行）》（民政部，2020年）出具。');
    const text = flat(await popplerOutput('pdftotext', pdf));
    expect(text).toContain(
      flat(
        'Issued under the Measures for Volunteer Service Records and Certificates (Trial), Ministry of Civil Affairs, 2020.',
      ),
    );
    expect(await popplerOutput('pdfinfo', pdf)).toMatch(/Pages:\s+1\n/);
  });

  it('renders the same certificate to the same bytes, so a response can be cached by its code', async () => {
    const certificate = sampleCertificate();
    const options = await pdfOptions(certificate.code);
    const [first, second] = await Promise.all([
      renderCertificatePdf(certificate, options),
      renderCertificatePdf(certificate, options),
    ]);
    expect(first.equals(second)).toBe(true);
  });

  it('prints the masked name when asked, for a public copy', async () => {
    const certificate = sampleCertificate();
    const pdf = await renderCertificatePdf(certificate, {
      ...(await pdfOptions(certificate.code)),
      nameDisplay: 'masked',
    });
    const text = flat(await popplerOutput('pdftotext', pdf));
    expect(text).toContain('兹证明张*三');
    expect(text).not.toContain('张小三');
  });

  it('志愿服务记录与证明出具办法 (2020), true records: marks a certificate that no longer stands', async () => {
    const certificate = sampleCertificate();
    const pdf = await renderCertificatePdf(certificate, {
      ...(await pdfOptions(certificate.code)),
      invalidation: { at: '2025-08-01', reason: '所列服务时长已被撤销' },
    });
    const text = flat(await popplerOutput('pdftotext', pdf));
    expect(text).toContain('本证明已于2025-08-01失效：所列服务时长已被撤销');
  });

  it('continues a long list of activities on numbered pages', async () => {
    const input = certificateInput();
    const first = input.services[0]!;
    const services = Array.from({ length: 40 }, (_, index) => ({
      ...first,
      activityId: `act-${index}`,
      title: `流动青少年宫第 ${index + 1} 期`,
      serviceDate: `2025-04-${String((index % 28) + 1).padStart(2, '0')}`,
      minutes: 60,
    }));
    const certificate = sampleCertificate({ services });
    const pdf = await renderCertificatePdf(certificate, await pdfOptions(certificate.code));
    const info = await popplerOutput('pdfinfo', pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = flat(await popplerOutput('pdftotext', pdf));
    expect(text).toContain(`第${pages}/${pages}页`);
    expect(text).toContain('流动青少年宫第40期');
    expect(text).toContain('共计40小时（2400分钟');
  });
});

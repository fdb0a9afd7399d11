import { Injectable } from '@nestjs/common';
import {
  type Certificate,
  type CjkFont,
  findCjkFont,
  renderCertificatePdf,
  verificationQrPng,
} from '@vl/certificates';
import { type CertificateContentSnapshot } from '@vl/domain';
import { type CertificateStanding } from './certificate-standing.js';

/** What the event stored is the library's certificate, printed as it was signed. */
const asCertificate = (snapshot: CertificateContentSnapshot): Certificate => snapshot;

/** Prints certificates with the packaged CJK font; a missing font is a setup error naming its package. */
@Injectable()
export class CertificatePdfService {
  private font: CjkFont | undefined;

  async render(
    content: CertificateContentSnapshot,
    standing: CertificateStanding,
    options: { verificationUrl: string; nameDisplay: 'full' | 'masked' },
  ): Promise<Buffer> {
    this.font ??= findCjkFont();
    return renderCertificatePdf(asCertificate(content), {
      qrPng: await verificationQrPng(options.verificationUrl),
      fontPath: this.font.path,
      ...(this.font.family === undefined ? {} : { fontFamily: this.font.family }),
      verificationUrl: options.verificationUrl,
      nameDisplay: options.nameDisplay,
      ...(standing.valid || standing.reason === null
        ? {}
        : { invalidation: { at: standing.revokedAt ?? 'unknown', reason: standing.reason } }),
    });
  }
}

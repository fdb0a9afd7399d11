import { Controller, Get, Header, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthGuard, covers, isOwnVolunteer, Public } from '@vl/auth';
import { CERTIFICATE_RULE, certificateVerificationUrl } from '@vl/certificates';
import { type LedgerConfig } from '@vl/config';
import { DirectoryQuery } from '@vl/read-model';
import { LEDGER_CONFIG } from '@vl/platform';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CertificateLookup } from './certificate-lookup.js';
import { CertificatePdfService } from './certificate-pdf.service.js';
import { certificateStanding } from './certificate-standing.js';
import { CertificateVerificationDto } from './certificate.response.dto.js';

export const CERTIFICATE_RATE_LIMIT = 'certificate-verification';

export interface CertificateVerificationResponse {
  valid: boolean;
  /** Why the certificate no longer stands; null while valid. */
  reason: string | null;
  code: string;
  number: string;
  /** The masked name: enough to match the student in front of the school. */
  volunteer: string;
  volunteerNumber: string;
  minutes: number;
  /** What the ledger confirms now for the certificate's sessions. */
  currentMinutes: number;
  from: string;
  to: string;
  organizations: { id: string; name: string }[];
  issuer: { id: string; name: string };
  issuedAt: string;
  revokedAt: string | null;
  /** The rule the certificate is issued under (志愿服务记录与证明出具办法（试行）, 民政部, 2020), in one line. */
  issuedUnder: string;
  /** The compact JWS (EdDSA) for offline checks against /.well-known/jwks.json. */
  signedForm: string;
  keyId: string;
}

import { ERASED_NAME } from '@vl/personal-data';
import { PersonalData } from '../personal-data/personal-data.service.js';

const HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;

/** Public: a school checks a certificate by its code, online or from the signed form. */
@ApiTags('certificates')
@Controller('certificates/:code')
export class CertificateVerificationHttpController {
  constructor(
    private readonly lookup: CertificateLookup,
    private readonly pdf: CertificatePdfService,
    private readonly directory: DirectoryQuery,
    private readonly guard: AuthGuard,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly personalData: PersonalData,
  ) {}

  @Get()
  @Public({ rateLimit: CERTIFICATE_RATE_LIMIT })
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: CertificateVerificationDto })
  @ApiOperation({
    summary: 'Verify a certificate: whether it still stands in the ledger, and its signed form',
  })
  @ApiResponse({ status: 303, description: 'A browser (Accept: text/html) is sent to the verification page' })
  async verify(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateVerificationResponse | undefined> {
    if (prefersHtml(request.headers.accept)) {
      // The QR code printed on a certificate opens this URL on a phone: show the page, not raw JSON.
      void reply.redirect(`/verify/${encodeURIComponent(code)}`, 303);
      return undefined;
    }
    const record = await this.lookup.require(code);
    const standing = certificateStanding(record);
    const { content } = record;
    // Still valid after the person's erasure; only the name is shown as erased.
    const person = await this.personalData.find(record.volunteerId);
    return {
      valid: standing.valid,
      reason: standing.reason,
      code: record.code,
      number: content.number,
      volunteer: person.status === 'erased' ? ERASED_NAME : content.volunteer.maskedName,
      volunteerNumber: content.volunteer.volunteerNumber,
      minutes: record.minutes,
      currentMinutes: standing.currentMinutes,
      from: content.period.from,
      to: content.period.to,
      organizations: content.issuingOrganizations.map(({ id, name }) => ({ id, name })),
      issuer: { id: content.issuer.organizationId, name: content.issuer.name },
      issuedAt: content.issuedAt,
      revokedAt: standing.revokedAt,
      issuedUnder: CERTIFICATE_RULE.zh,
      signedForm: record.signedForm,
      keyId: record.keyId,
    };
  }

  @Get('pdf')
  @Public({ rateLimit: CERTIFICATE_RATE_LIMIT })
  @ApiOkResponse({
    description: 'The certificate as a PDF document',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({
    summary:
      'The certificate as a PDF: the masked name for anyone, the full name with the volunteer’s or an admin’s token',
  })
  async document(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const record = await this.lookup.require(code);
    const nameDisplay = (await this.mayReadFullName(request, record.volunteerId)) ? 'full' : 'masked';
    const verificationUrl = certificateVerificationUrl(this.baseUrl(request), record.code);
    // The event keeps the masked name; the full one is joined from the personal-data store, if still held.
    const person = await this.personalData.find(record.volunteerId);
    const shownName =
      person.status === 'present'
        ? { name: person.record.name, maskedName: record.content.volunteer.maskedName }
        : person.status === 'erased'
          ? { name: ERASED_NAME, maskedName: ERASED_NAME }
          : {};
    const content = { ...record.content, volunteer: { ...record.content.volunteer, ...shownName } };
    const pdf = await this.pdf.render(content, certificateStanding(record), {
      verificationUrl,
      nameDisplay,
    });
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="certificate-${record.code}.pdf"`)
      .header('cache-control', 'no-store');
    return pdf;
  }

  /** A token is optional here; when one is sent it must verify, and then the volunteer or an admin in scope sees the name. */
  private async mayReadFullName(request: FastifyRequest, volunteerId: string): Promise<boolean> {
    const actor = await this.guard.authenticateIfPresent(request);
    if (actor === undefined) return false;
    if (isOwnVolunteer(actor, volunteerId)) return true;
    if (!actor.roles.includes('admin')) return false;
    const volunteer = await this.directory.volunteer(volunteerId);
    return volunteer !== undefined && covers(actor.org, volunteer.organizationPath);
  }

  private baseUrl(request: FastifyRequest): string {
    if (this.config.publicBaseUrl !== undefined) return this.config.publicBaseUrl;
    const host = request.headers.host;
    const protocol = request.protocol === 'https' ? 'https' : 'http';
    return `${protocol}://${typeof host === 'string' && HOST.test(host) ? host : `localhost:${this.config.port}`}`;
  }
}

/** A browser asks for HTML before JSON; API clients ask for JSON, or for any type as curl does. */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '');
  const html = types.indexOf('text/html');
  const json = types.findIndex((type) => type === 'application/json' || type.endsWith('+json'));
  return html !== -1 && (json === -1 || html < json);
}

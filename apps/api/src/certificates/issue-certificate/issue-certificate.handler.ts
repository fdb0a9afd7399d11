import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  buildCertificate,
  type Certificate,
  type CertificateKeyRing,
  formatCertificateNumber,
  generateVerificationCode,
} from '@vl/certificates';
import { type LedgerConfig } from '@vl/config';
import { calendarDate, type CertificateContentSnapshot, selectCertifiableService } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE, LEDGER_CONFIG } from '@vl/platform';
import { PersonalData } from '../../personal-data/personal-data.service.js';
import { CLOCK, type Clock } from '../../shared/clock.js';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { CertificateStreams } from '../../shared/streams.js';
import { VolunteerLookup } from '../../shared/volunteer-lookup.js';
import { CERTIFICATE_KEY_RING } from '../certificate-key-ring.provider.js';

export class IssueCertificateCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly id?: string;
  readonly from: string;
  readonly to: string;
}> {}

export interface CertificateIssuedResponse {
  readonly certificateId: string;
  readonly code: string;
  readonly position: number;
}

/** The library's certificate is stored as the event's snapshot: the two shapes must stay one. */
/** The event keeps the masked name only: the full name stays in the personal-data store. */
const asSnapshot = (certificate: Certificate): CertificateContentSnapshot => ({
  ...certificate,
  volunteer: { ...certificate.volunteer, name: certificate.volunteer.maskedName },
});

/**
 * Gathers the volunteer's confirmed service from their stream, lets the organisers certify it
 * (谁组织谁记录，谁记录谁证明: `selectCertifiableService`, libs/domain/src/certificate/certifiable-service.ts),
 * signs the content, and records it in the certificate's own stream.
 */
@CommandHandler(IssueCertificateCommand)
export class IssueCertificateHandler implements ICommandHandler<
  IssueCertificateCommand,
  CertificateIssuedResponse
> {
  constructor(
    private readonly certificates: CertificateStreams,
    private readonly volunteers: VolunteerLookup,
    private readonly organizations: OrganizationLookup,
    @Inject(CERTIFICATE_KEY_RING) private readonly keys: CertificateKeyRing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly personalData: PersonalData,
  ) {}

  async execute({ context, input: request }: IssueCertificateCommand): Promise<CertificateIssuedResponse> {
    const { volunteerId } = request;
    const timeZone = this.config.timezone;
    const volunteer = await this.volunteers.require(volunteerId);
    const service = selectCertifiableService(volunteer, {
      actor: context.actor,
      from: request.from,
      to: request.to,
      timeZone,
      now: this.clock.now().toISOString(),
    });
    const person = await this.personalData.requireRecord(volunteerId);
    const names = await this.organizations.names([...service.organizerIds, service.issuerId]);
    const nameOf = (id: string): string => names.get(id) ?? id;
    const certificateId = request.id ?? generatedId(context.idempotencySeed, 'certificate');
    const issuedAt = this.clock.now().toISOString();
    // The number is for people; it carries the ledger's position at issue. The code is the unique key.
    const sequence = (await this.store.headPosition()) + 1;
    const certificate = buildCertificate({
      number: formatCertificateNumber(calendarDate(issuedAt, timeZone), sequence),
      code: generateVerificationCode(),
      volunteer: { id: volunteerId, name: person.name, volunteerNumber: volunteerId },
      period: { from: request.from, to: request.to },
      services: service.sessions.map((session) => ({
        activityId: session.activity.activityId,
        title: session.activity.title,
        category: session.activity.category,
        organization: { id: session.activity.organizationId, name: nameOf(session.activity.organizationId) },
        serviceDate: session.serviceDate,
        minutes: session.minutes,
      })),
      issuedAt,
      issuer: { organizationId: service.issuerId, name: nameOf(service.issuerId) },
      timeZone,
    });
    const signedForm = await this.keys.sign(certificate);
    const { events, position } = await this.certificates.handle(
      context,
      certificateId,
      {
        type: 'IssueCertificate',
        data: {
          certificateId,
          volunteerId,
          keyId: this.keys.activeKid,
          signedForm,
          content: asSnapshot(certificate),
          sessions: service.sessions.map((session) => ({
            sessionId: session.sessionId,
            activityId: session.activity.activityId,
            serviceDate: session.serviceDate,
            minutes: session.minutes,
          })),
        },
      },
      { occurredAt: issuedAt },
    );
    const issued = events.find((event) => event.type === 'CertificateIssued');
    return { certificateId, code: issued?.data.code ?? certificate.code, position };
  }
}

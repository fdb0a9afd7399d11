import { calendarDate } from '@vl/domain';
import {
  type Certificate,
  type CertificateActivityLine,
  type CertificateIssuer,
  type CertificateOrganization,
} from './certificate.model.js';
import { CertificateContentError } from './certificate-content.error.js';
import { maskIdentityNumber, maskName } from './personal-data.masking.js';
import { minutesToHours } from './service-time.format.js';
import { isVerificationCode } from './verification-code.js';

/** One confirmed session (or imported record) as the ledger reports it. */
export interface ServiceRecordInput {
  activityId: string;
  title: string;
  category: string;
  organization: CertificateOrganization;
  /** The service date in the programme's time zone. */
  serviceDate: string;
  minutes: number;
}

export interface CertificateInput {
  number: string;
  code: string;
  volunteer: {
    id: string;
    name: string;
    volunteerNumber: string;
    /** The full number, if kept: only its masked form reaches the certificate. */
    identityNumber?: string;
  };
  period: { from: string; to: string };
  services: readonly ServiceRecordInput[];
  issuedAt: string;
  issuer: CertificateIssuer;
  /** Defaults to the programme's zone. */
  timeZone?: string;
  remarks?: string;
}

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Assembles a certificate from confirmed service records: one line per activity (sessions of the same
 * activity merged), lines in date order, and the organisers of those lines as issuing organisations.
 * Refuses content that would print something the ledger cannot back.
 */
export function buildCertificate(input: CertificateInput): Certificate {
  requireText(input.number, 'number');
  if (!isVerificationCode(input.code)) {
    throw new CertificateContentError('INVALID_VERIFICATION_CODE', 'Not a verification code', 'code');
  }
  requireText(input.volunteer.id, 'volunteer.id');
  requireText(input.volunteer.name, 'volunteer.name');
  requireText(input.volunteer.volunteerNumber, 'volunteer.volunteerNumber');
  requireText(input.issuer.organizationId, 'issuer.organizationId');
  requireText(input.issuer.name, 'issuer.name');
  requireDate(input.period.from, 'period.from');
  requireDate(input.period.to, 'period.to');
  if (input.period.from > input.period.to) {
    throw new CertificateContentError('INVALID_PERIOD', 'The period ends before it starts', 'period');
  }
  if (!/[+-]\d{2}:\d{2}$|Z$/.test(input.issuedAt) || Number.isNaN(Date.parse(input.issuedAt))) {
    throw new CertificateContentError('INVALID_DATE', 'issuedAt must be ISO 8601 with an offset', 'issuedAt');
  }

  const activities = mergeByActivity(input.services, input.period);
  const totalMinutes = activities.reduce((sum, line) => sum + line.minutes, 0);
  if (totalMinutes === 0) {
    throw new CertificateContentError(
      'NO_CONFIRMED_SERVICE',
      'No confirmed service in the period',
      'services',
    );
  }

  const identityNumber = input.volunteer.identityNumber?.trim();
  return {
    number: input.number.trim(),
    code: input.code,
    volunteer: {
      id: input.volunteer.id,
      name: input.volunteer.name.trim(),
      maskedName: maskName(input.volunteer.name),
      volunteerNumber: input.volunteer.volunteerNumber.trim(),
      ...(identityNumber ? { maskedIdentityNumber: maskIdentityNumber(identityNumber) } : {}),
    },
    period: { from: input.period.from, to: input.period.to },
    totalMinutes,
    totalHours: minutesToHours(totalMinutes),
    activities,
    issuingOrganizations: distinctOrganizations(activities),
    issuedAt: input.issuedAt,
    issuedOn: calendarDate(input.issuedAt, input.timeZone ?? DEFAULT_TIME_ZONE),
    issuer: { ...input.issuer },
    ...(input.remarks?.trim() ? { remarks: input.remarks.trim() } : {}),
  };
}

function mergeByActivity(
  services: readonly ServiceRecordInput[],
  period: { from: string; to: string },
): CertificateActivityLine[] {
  const lines = new Map<string, CertificateActivityLine>();
  services.forEach((service, index) => {
    const field = `services[${index}]`;
    requireDate(service.serviceDate, `${field}.serviceDate`);
    if (!Number.isSafeInteger(service.minutes) || service.minutes < 0) {
      throw new CertificateContentError(
        'INVALID_MINUTES',
        'Minutes must be a whole number',
        `${field}.minutes`,
      );
    }
    if (service.serviceDate < period.from || service.serviceDate > period.to) {
      throw new CertificateContentError(
        'SERVICE_OUTSIDE_PERIOD',
        `Service on ${service.serviceDate} lies outside ${period.from}..${period.to}`,
        `${field}.serviceDate`,
      );
    }
    // A session confirmed at zero minutes is not service to certify.
    if (service.minutes === 0) return;
    const line = lines.get(service.activityId);
    if (!line) {
      lines.set(service.activityId, {
        activityId: service.activityId,
        title: service.title,
        category: service.category,
        organization: { id: service.organization.id, name: service.organization.name },
        dates: [service.serviceDate],
        minutes: service.minutes,
      });
      return;
    }
    if (line.organization.id !== service.organization.id) {
      throw new CertificateContentError(
        'CONFLICTING_ACTIVITY',
        `Activity ${service.activityId} is given two organisers`,
        `${field}.organization`,
      );
    }
    line.minutes += service.minutes;
    if (!line.dates.includes(service.serviceDate)) line.dates.push(service.serviceDate);
  });
  return [...lines.values()]
    .map((line) => ({ ...line, dates: [...line.dates].sort() }))
    .sort(
      (a, b) =>
        compare(a.dates[0], b.dates[0]) || compare(a.title, b.title) || compare(a.activityId, b.activityId),
    );
}

function distinctOrganizations(lines: readonly CertificateActivityLine[]): CertificateOrganization[] {
  const seen = new Map<string, CertificateOrganization>();
  for (const line of lines)
    if (!seen.has(line.organization.id)) seen.set(line.organization.id, line.organization);
  return [...seen.values()].map((organization) => ({ ...organization }));
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

function requireText(value: string, field: string): void {
  if (value.trim() === '') throw new CertificateContentError('MISSING_FIELD', `${field} is required`, field);
}

function requireDate(value: string, field: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  // Round-tripping rejects impossible days such as 2025-02-30, which Date would roll over.
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new CertificateContentError('INVALID_DATE', `"${value}" is not a YYYY-MM-DD date`, field);
  }
}

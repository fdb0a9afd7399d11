import {
  certificateStream,
  countedMinutes,
  emptyDictionary,
  entryOf,
  type CertificateIssued,
  type VolunteerState,
} from '@vl/domain';
import { toKafkaRecord, type KafkaRecord } from '../cloudevents/cloud-event.js';
import { DEFAULT_SOURCE } from '../ledger/ledger-messages.js';
import {
  CERTIFICATE_ISSUED_TYPE,
  CERTIFICATE_REVOKED_TYPE,
  type CertificatePayload,
} from '../topics/topic-payloads.js';
import { recordedAtOf, type Cause } from './cause.js';

/** A certificate that still stands: what was published about it, and the minutes each session gave it. */
export interface CertificateTrack {
  readonly certificate: CertificatePayload;
  readonly sessions: readonly { readonly sessionId: string; readonly minutes: number }[];
}

/** The public part of an issued certificate: ids, code, figures and dates, never the name or the JWS. */
export function trackCertificate(issued: CertificateIssued['data']): CertificateTrack {
  const { content } = issued;
  return {
    certificate: {
      certificateId: issued.certificateId,
      volunteerId: issued.volunteerId,
      code: issued.code,
      minutes: content.totalMinutes,
      from: content.period.from,
      to: content.period.to,
      organizations: content.issuingOrganizations.map((organization) => organization.id),
      issuedAt: content.issuedAt,
      revokedAt: null,
    },
    sessions: issued.sessions.map(({ sessionId, minutes }) => ({ sessionId, minutes })),
  };
}

/** ledger.certificates.v1: the issue, with the issuing event's id. */
export function certificateIssuedRecord(track: CertificateTrack, cause: Cause, source?: string): KafkaRecord {
  return certificateRecord(track.certificate, CERTIFICATE_ISSUED_TYPE, cause.recorded.id, cause, source);
}

/** A certificate stands while its sessions' current confirmed minutes add up to its figure. */
export function stands(track: CertificateTrack, state: VolunteerState): boolean {
  if (state.status !== 'Registered') return true;
  const current = track.sessions.reduce((sum, { sessionId }) => {
    const session = entryOf(state.sessions, sessionId);
    return sum + (session ? countedMinutes(session) : 0);
  }, 0);
  return current >= track.certificate.minutes;
}

export interface CertificateLapses {
  readonly records: KafkaRecord[];
  /** The certificates that still stand after the cause. */
  readonly certificates: Readonly<Record<string, CertificateTrack>>;
}

/**
 * One revocation per certificate that `cause` brought below its figure, at the cause's `recordedAt`.
 * A revoked certificate is no longer tracked, so it is revoked once even if later corrections raise it.
 */
export function lapsedCertificates(
  state: VolunteerState,
  certificates: Readonly<Record<string, CertificateTrack>>,
  cause: Cause,
  source?: string,
): CertificateLapses {
  const records: KafkaRecord[] = [];
  if (Object.keys(certificates).length === 0) return { records, certificates };
  const standing = emptyDictionary<CertificateTrack>();
  for (const [certificateId, track] of Object.entries(certificates)) {
    if (stands(track, state)) {
      standing[certificateId] = track;
      continue;
    }
    const revoked = { ...track.certificate, revokedAt: recordedAtOf(cause) };
    records.push(
      certificateRecord(
        revoked,
        CERTIFICATE_REVOKED_TYPE,
        certificateRevokedEventId(cause.recorded.id, certificateId),
        cause,
        source,
      ),
    );
  }
  return { records, certificates: records.length === 0 ? certificates : standing };
}

export function certificateRevokedEventId(causeId: string, certificateId: string): string {
  return `${causeId}:certificate-revoked:${certificateId}`;
}

function certificateRecord(
  certificate: CertificatePayload,
  type: string,
  id: string,
  { recorded, metadata }: Cause,
  source = DEFAULT_SOURCE,
): KafkaRecord {
  return toKafkaRecord(certificate.volunteerId, {
    id,
    type,
    source: `${source}/${certificateStream(certificate.certificateId)}`,
    subject: certificate.volunteerId,
    time: recordedAtOf({ recorded, metadata }),
    extensions: { position: recorded.position, certificateid: certificate.certificateId },
    data: certificate,
  });
}

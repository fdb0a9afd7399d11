import { type DomainEvent } from '../shared/event.js';

// What a certificate stated when it was issued, kept whole so it can be shown, printed and re-verified
// exactly as signed. The shape is the certificates library's `Certificate`, written down here so the
// domain depends on no other library.

export interface CertificateOrganizationSnapshot {
  id: string;
  name: string;
}

export interface CertificateActivitySnapshot {
  activityId: string;
  title: string;
  category: string;
  /** The organiser, who recorded the service and so certifies it. */
  organization: CertificateOrganizationSnapshot;
  /** Distinct service dates, ascending. */
  dates: string[];
  minutes: number;
}

export interface CertificateContentSnapshot {
  number: string;
  code: string;
  volunteer: {
    id: string;
    name: string;
    maskedName: string;
    volunteerNumber: string;
    maskedIdentityNumber?: string;
  };
  /** Service dates covered, inclusive, in the programme's time zone. */
  period: { from: string; to: string };
  totalMinutes: number;
  totalHours: number;
  activities: CertificateActivitySnapshot[];
  /** The organisers of the listed activities: 谁组织谁记录，谁记录谁证明. */
  issuingOrganizations: CertificateOrganizationSnapshot[];
  issuedAt: string;
  issuedOn: string;
  issuer: {
    organizationId: string;
    name: string;
    contact?: string;
    personInCharge?: string;
    handler?: string;
  };
  remarks?: string;
}

/** One confirmed session the certificate counts, with the minutes it counted then. */
export interface CertifiedSession {
  sessionId: string;
  activityId: string;
  serviceDate: string;
  minutes: number;
}

export type CertificateIssued = DomainEvent<
  'CertificateIssued',
  {
    certificateId: string;
    volunteerId: string;
    code: string;
    /** The key that signed `signedForm`, as published in the JWKS. */
    keyId: string;
    /** The compact JWS handed out for offline checks. */
    signedForm: string;
    content: CertificateContentSnapshot;
    sessions: CertifiedSession[];
  }
>;

export type CertificateEvent = CertificateIssued;

export const certificateStream = (id: string): string => `certificate-${id}`;

/**
 * The facts a 志愿服务证明 states, in the four parts the national guidance on volunteer service certificates
 * asks for: who served (identity), what service was done (hours and content per activity), who certifies it
 * (the organisations that organised and recorded the service, and the issuer), and the certificate's own
 * particulars (number, issue date, remarks). Dates are calendar dates (YYYY-MM-DD) in the programme's time
 * zone; durations are whole minutes, as the ledger counts them.
 */

export interface CertificateOrganization {
  id: string;
  name: string;
}

export interface CertificateVolunteer {
  id: string;
  /** Printed on the certificate the volunteer hands over; never on a public page. */
  name: string;
  /** What public verification shows. */
  maskedName: string;
  /** The volunteer number (志愿者编号) the registering organisation gave. */
  volunteerNumber: string;
  /** Only the masked form is ever held here: the full number stays in the personal-data store. */
  maskedIdentityNumber?: string;
}

/** One activity's confirmed service within the certificate's period. */
export interface CertificateActivityLine {
  activityId: string;
  title: string;
  category: string;
  /** The organiser of the activity, who recorded the service and so certifies it. */
  organization: CertificateOrganization;
  /** Distinct service dates, ascending. */
  dates: string[];
  minutes: number;
}

/** Who issued the document: an organisation in scope acting for the organisers, with its contact. */
export interface CertificateIssuer {
  organizationId: string;
  name: string;
  contact?: string;
  /** 负责人 and 经办人, when the issuing organisation names them. */
  personInCharge?: string;
  handler?: string;
}

export interface Certificate {
  number: string;
  /** The verification code, canonical form (see formatVerificationCode for print). */
  code: string;
  volunteer: CertificateVolunteer;
  /** The service dates the certificate covers, inclusive. */
  period: { from: string; to: string };
  totalMinutes: number;
  /** totalMinutes in hours, two decimals. */
  totalHours: number;
  activities: CertificateActivityLine[];
  /** The organisers of the listed activities: 谁组织谁记录，谁记录谁证明. */
  issuingOrganizations: CertificateOrganization[];
  /** The instant of issue, ISO 8601 with offset. */
  issuedAt: string;
  /** The calendar date of issue in the programme's time zone. */
  issuedOn: string;
  issuer: CertificateIssuer;
  remarks?: string;
}

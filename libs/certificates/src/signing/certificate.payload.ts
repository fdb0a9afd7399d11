import { type Certificate, type CertificateOrganization } from '../content/certificate.model.js';
import { isVerificationCode } from '../content/verification-code.js';

/** The JWS `typ` of a signed certificate, so a token minted for another purpose never passes as one. */
export const CERTIFICATE_JWS_TYPE = 'vl-certificate+jws';
export const CERTIFICATE_JWS_ALGORITHM = 'EdDSA';

/**
 * What the signature covers: the facts a school compares with the paper or PDF in front of it, and nothing
 * a stranger holding the signed form should learn (the name is masked, the identity number absent).
 */
export interface CertificatePayload {
  /** Payload schema version, so a later shape can be told apart. */
  v: 1;
  code: string;
  number: string;
  volunteer: { maskedName: string; number: string };
  minutes: number;
  /** Service dates covered, inclusive. */
  from: string;
  to: string;
  organizations: CertificateOrganization[];
  issuer: CertificateOrganization;
  issuedAt: string;
}

export function certificatePayload(certificate: Certificate): CertificatePayload {
  return {
    v: 1,
    code: certificate.code,
    number: certificate.number,
    volunteer: {
      maskedName: certificate.volunteer.maskedName,
      number: certificate.volunteer.volunteerNumber,
    },
    minutes: certificate.totalMinutes,
    from: certificate.period.from,
    to: certificate.period.to,
    organizations: certificate.issuingOrganizations.map(({ id, name }) => ({ id, name })),
    issuer: { id: certificate.issuer.organizationId, name: certificate.issuer.name },
    issuedAt: certificate.issuedAt,
  };
}

type Json = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOrganization(value: unknown): value is CertificateOrganization {
  return isObject(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string';
}

/**
 * The payload when it has the expected shape. A valid signature proves who wrote the bytes, not that they
 * are a certificate of this version: a key could in principle sign something else.
 */
export function parseCertificatePayload(value: unknown): CertificatePayload | undefined {
  if (!isObject(value) || value['v'] !== 1) return undefined;
  const { code, number, volunteer, minutes, from, to, organizations, issuer, issuedAt } = value;
  if (typeof code !== 'string' || !isVerificationCode(code)) return undefined;
  if (typeof number !== 'string' || typeof issuedAt !== 'string' || Number.isNaN(Date.parse(issuedAt))) {
    return undefined;
  }
  if (
    !isObject(volunteer) ||
    typeof volunteer['maskedName'] !== 'string' ||
    typeof volunteer['number'] !== 'string'
  ) {
    return undefined;
  }
  if (typeof minutes !== 'number' || !Number.isSafeInteger(minutes) || minutes < 0) return undefined;
  if (typeof from !== 'string' || typeof to !== 'string' || !DATE.test(from) || !DATE.test(to))
    return undefined;
  if (!Array.isArray(organizations) || !organizations.every(isOrganization) || !isOrganization(issuer)) {
    return undefined;
  }
  return {
    v: 1,
    code,
    number,
    volunteer: { maskedName: volunteer['maskedName'], number: volunteer['number'] },
    minutes,
    from,
    to,
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    issuer: { id: issuer.id, name: issuer.name },
    issuedAt,
  };
}

/** A school's permission to see one volunteer's credits, as the volunteer's stream holds it. */
export interface SchoolConsent {
  readonly consentId: string;
  readonly schoolId: string;
  readonly grantedAt: string;
  /** Open-ended when null. */
  readonly until: string | null;
  readonly revokedAt: string | null;
}

/** In force at an instant: granted, not revoked, and not yet expired (`until` itself is already past it). */
export function consentInForce(consent: SchoolConsent | undefined, at: string | number): boolean {
  if (!consent || consent.revokedAt !== null) return false;
  const instant = typeof at === 'number' ? at : Date.parse(at);
  return consent.until === null || Date.parse(consent.until) > instant;
}

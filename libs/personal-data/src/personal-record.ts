/** A volunteer's personal data: kept only in the personal-data store, encrypted, never in an event. */
export interface GuardianRecord {
  readonly name: string;
  readonly phone: string;
  /** e.g. father, mother, legal guardian (父亲, 母亲, 监护人) */
  readonly relation: string;
  /** YYYY-MM-DD: the day the guardian gave consent to the registration. */
  readonly consentedOn: string;
}

export interface PersonalRecord {
  readonly name: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly phone: string | null;
  /** GB 11643-1999 resident identity number; optional. */
  readonly identityNumber: string | null;
  readonly guardian: GuardianRecord | null;
}

/** The shown form: every field masked. */
export interface MaskedPersonalRecord {
  readonly name: string;
  readonly birthDate: string;
  readonly phone: string | null;
  readonly identityNumber: string | null;
  readonly guardian: { readonly name: string; readonly phone: string; readonly relation: string } | null;
}

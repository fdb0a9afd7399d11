/** Stable codes for content that cannot make a certificate; the HTTP edge maps them to 422 or 400. */
export type CertificateContentErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_MINUTES'
  | 'SERVICE_OUTSIDE_PERIOD'
  | 'NO_CONFIRMED_SERVICE'
  | 'INVALID_VERIFICATION_CODE'
  | 'MISSING_FIELD'
  | 'CONFLICTING_ACTIVITY';

export class CertificateContentError extends Error {
  override readonly name = 'CertificateContentError';

  constructor(
    readonly code: CertificateContentErrorCode,
    message: string,
    /** The input field at fault. */
    readonly field?: string,
  ) {
    super(message);
  }
}

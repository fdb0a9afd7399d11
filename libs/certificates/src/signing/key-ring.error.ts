/** Why a key ring could not be built; configuration mistakes, reported at start-up. */
export type KeyRingErrorCode =
  | 'NO_SIGNING_KEY'
  | 'INVALID_KEY'
  | 'UNSUPPORTED_KEY'
  | 'DUPLICATE_KID'
  | 'UNKNOWN_ACTIVE_KID'
  | 'ACTIVE_KEY_NOT_PRIVATE';

export class KeyRingError extends Error {
  override readonly name = 'KeyRingError';

  constructor(
    readonly code: KeyRingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

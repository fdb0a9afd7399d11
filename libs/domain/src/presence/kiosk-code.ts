import { DomainError } from '../shared/errors.js';
const SECOND_MS = 1_000;

/**
 * A kiosk code (the sign-in code an activity leader shows, as 志愿汇 and 志愿中国 do) is replaced every
 * 30 seconds and accepted for 60: a photo sent home is stale before it can be used for long, and a volunteer
 * who scanned just before the change still gets in.
 */
export const KIOSK_CODE_ROTATION_MS = 30 * SECOND_MS;
export const KIOSK_CODE_LIFETIME_MS = 60 * SECOND_MS;
/** A code from a server clock slightly ahead is not a forgery. */
export const KIOSK_CODE_CLOCK_SKEW_MS = 5 * SECOND_MS;

/** What a verified code says: the activity it was issued for and when. The signature is checked before. */
export interface KioskCodeClaim {
  readonly activityId: string;
  readonly issuedAt: number;
}

export interface KioskCodeWindow {
  readonly issuedAt: number;
  readonly refreshAfter: number;
  readonly expiresAt: number;
}

/** The current code's window: issued at the last rotation boundary, so every kiosk of an activity agrees. */
export function kioskCodeWindow(now: number): KioskCodeWindow {
  const issuedAt = Math.floor(now / KIOSK_CODE_ROTATION_MS) * KIOSK_CODE_ROTATION_MS;
  return {
    issuedAt,
    refreshAfter: issuedAt + KIOSK_CODE_ROTATION_MS,
    expiresAt: issuedAt + KIOSK_CODE_LIFETIME_MS,
  };
}

/** A code is taken only for its own activity and only while it lives. */
export function requireLiveKioskCode(claim: KioskCodeClaim, activityId: string, now: number): void {
  if (claim.activityId !== activityId) {
    throw new DomainError(
      'KIOSK_CODE_OTHER_ACTIVITY',
      'the check-in code belongs to another activity',
      'code',
    );
  }
  if (claim.issuedAt > now + KIOSK_CODE_CLOCK_SKEW_MS) {
    throw new DomainError('KIOSK_CODE_INVALID', 'the check-in code is not valid', 'code');
  }
  if (now >= claim.issuedAt + KIOSK_CODE_LIFETIME_MS) {
    throw new DomainError(
      'KIOSK_CODE_EXPIRED',
      'the check-in code has expired; scan the kiosk again',
      'code',
    );
  }
}

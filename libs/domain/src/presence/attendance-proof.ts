import { type ActivitySnapshot } from '../activity/activity.events.js';
import { acceptedCheckInMethods, type CheckInMethod } from '../activity/venue.js';
import { mayTakeAttendanceForOthers } from '../access-rules.js';
import { DomainError } from '../shared/errors.js';
import { type Actor } from '../shared/event.js';
import { MINUTE_MS } from '../shared/time.js';
import { type GeoFix, requireWithinGeofence } from './geofence.js';
import { type PresenceEvidence } from './presence-evidence.js';
import { type KioskCodeClaim, requireLiveKioskCode } from './kiosk-code.js';

export { type PresenceEvidence } from './presence-evidence.js';

/** A volunteer's own check-in or check-out happens now: a client clock this far off is still believed. */
export const SELF_SERVICE_TIME_TOLERANCE_MS = 5 * MINUTE_MS;
export const ATTENDANCE_REASON_MAX_LENGTH = 500;

/** What the caller offers as proof of presence, beyond the time. */
export interface PresenceClaim {
  readonly actor: Actor;
  /** A kiosk code whose signature the application has verified. */
  readonly kioskCode?: KioskCodeClaim;
  readonly location?: GeoFix;
  /** Why an organiser records this (a paper sheet, a kiosk that was offline). */
  readonly reason?: string;
}

/** The evidence as stored: only what there is, so an event without proof reads as it did before. */
export function presenceFields(evidence: PresenceEvidence): Partial<PresenceEvidence> {
  return Object.fromEntries(
    Object.entries(evidence).filter(([, value]) => value !== null),
  ) as Partial<PresenceEvidence>;
}

/**
 * Who may use a method and when (代签 from home must not work): `organizer` and past times belong to the
 * organisers and admins of the organising subtree; anyone else checks in at the server's time, with the
 * kiosk's live code (`qr`) or a location inside the venue's range (`geo`).
 */
export function requirePresence(
  activity: ActivitySnapshot,
  method: CheckInMethod | null,
  at: number,
  now: number,
  claim: PresenceClaim,
): PresenceEvidence {
  const organiser = mayTakeAttendanceForOthers(claim.actor, activity);
  if (method !== null && !acceptedCheckInMethods(activity).includes(method)) {
    throw new DomainError(
      'CHECK_IN_METHOD_NOT_ACCEPTED',
      `activity ${activity.activityId} accepts ${acceptedCheckInMethods(activity).join(', ')}`,
      'method',
    );
  }
  if (method === 'organizer' && !organiser) {
    throw new DomainError(
      'ORGANIZER_METHOD_FORBIDDEN',
      'only an organiser or admin of the organising subtree checks volunteers in with method organizer',
      'method',
    );
  }
  const offBy = Math.abs(at - now);
  if (!organiser && offBy > SELF_SERVICE_TIME_TOLERANCE_MS) {
    throw new DomainError(
      'SELF_SERVICE_TIME_OFF',
      'a volunteer checks in and out at the present time; an organiser records past times',
      'at',
    );
  }
  const reason = requireOptionalReason(claim.reason);
  const kioskCodeIssuedAt = claim.kioskCode ? requireCode(claim.kioskCode, activity, now) : null;
  const geo = claim.location ? requireWithinGeofence(activity.venue, claim.location) : null;
  if (method === 'qr' && kioskCodeIssuedAt === null) {
    throw new DomainError('KIOSK_CODE_REQUIRED', 'a qr check-in carries the code shown at the kiosk', 'code');
  }
  if (method === 'geo' && geo === null) {
    throw new DomainError(
      'LOCATION_REQUIRED',
      'a geo check-in carries latitude, longitude and accuracy',
      'latitude',
    );
  }
  if (method === null && !organiser && kioskCodeIssuedAt === null && geo === null) {
    throw new DomainError(
      'PRESENCE_PROOF_REQUIRED',
      'a volunteer checks out with the kiosk code or a location at the venue',
      'code',
    );
  }
  return {
    recordedBy: organiser ? claim.actor.sub : null,
    reason,
    kioskCodeIssuedAt,
    geo,
  };
}

function requireCode(claim: KioskCodeClaim, activity: ActivitySnapshot, now: number): string {
  requireLiveKioskCode(claim, activity.activityId, now);
  return new Date(claim.issuedAt).toISOString();
}

function requireOptionalReason(reason: string | undefined): string | null {
  if (reason === undefined) return null;
  const text = reason.trim();
  if (text.length === 0) return null;
  if (text.length > ATTENDANCE_REASON_MAX_LENGTH) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `reason must be at most ${ATTENDANCE_REASON_MAX_LENGTH} characters`,
      'reason',
    );
  }
  return text;
}

import {
  type GeoPoint,
  hasCoordinates,
  requireLatitude,
  requireLongitude,
  type Venue,
} from '../activity/venue.js';
import { DomainError } from '../shared/errors.js';

/** Mean Earth radius (IUGG), metres: haversine on a sphere errs well under a metre at venue distances. */
export const EARTH_RADIUS_M = 6_371_008.8;
/**
 * A fix vaguer than this (a cell-tower estimate, not GPS or Wi-Fi) cannot place a person at a venue, so it
 * is refused rather than trusted: with the accuracy subtracted, it would admit check-ins from blocks away.
 */
export const MAX_GEO_ACCURACY_M = 100;

/** What a `geo` check-in sends: a position and the radius of its 68 % confidence circle, in metres. */
export interface GeoFix extends GeoPoint {
  readonly accuracy: number;
}

/** What the ledger keeps of a location: how far and how sure, never where (location is personal data). */
export interface GeoEvidence {
  readonly distanceMeters: number;
  readonly accuracyMeters: number;
}

/** Great-circle distance in metres by the haversine formula. */
export function haversineMeters(from: GeoPoint, to: GeoPoint): number {
  const radians = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A fix's fields checked one by one, so each bad value is named. */
export function requireGeoFix(fix: {
  readonly latitude?: unknown;
  readonly longitude?: unknown;
  readonly accuracy?: unknown;
}): GeoFix {
  const latitude = requireLatitude(fix.latitude, 'latitude');
  const longitude = requireLongitude(fix.longitude, 'longitude');
  const accuracy = fix.accuracy;
  if (typeof accuracy !== 'number' || !Number.isFinite(accuracy) || accuracy <= 0) {
    throw new DomainError('VALIDATION_FAILED', 'accuracy must be a number of metres above 0', 'accuracy');
  }
  return { latitude, longitude, accuracy };
}

/**
 * The geofence (GPS sign-in within a range, as 志愿汇 does; VolunteerMatters' and Golden's "geolocation range
 * (m)"): the fix, given the benefit of its accuracy, must reach the venue's radius.
 */
export function requireWithinGeofence(venue: Venue | null | undefined, fix: GeoFix): GeoEvidence {
  if (!hasCoordinates(venue) || venue.radiusMeters === null) {
    throw new DomainError(
      'CHECK_IN_METHOD_NOT_ACCEPTED',
      'the venue has no coordinates for a geo check-in',
      'method',
    );
  }
  if (fix.accuracy > MAX_GEO_ACCURACY_M) {
    throw new DomainError(
      'LOCATION_TOO_IMPRECISE',
      `the location is accurate to ${Math.round(fix.accuracy)} m; at most ${MAX_GEO_ACCURACY_M} m is accepted`,
      'accuracy',
    );
  }
  const distance = haversineMeters(fix, venue);
  const evidence = { distanceMeters: Math.round(distance), accuracyMeters: Math.round(fix.accuracy) };
  if (distance - fix.accuracy > venue.radiusMeters) {
    throw new DomainError(
      'OUTSIDE_GEOFENCE',
      `the location is ${evidence.distanceMeters} m from the venue; its range is ${venue.radiusMeters} m`,
      'latitude',
    );
  }
  return evidence;
}

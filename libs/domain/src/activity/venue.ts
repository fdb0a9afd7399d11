import { DomainError } from '../shared/errors.js';

/** How a check-in proves presence: a kiosk's signed code, the phone's location, or an organiser's word. */
export const CHECK_IN_METHODS = ['qr', 'geo', 'organizer'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

export const VENUE_NAME_MAX_LENGTH = 200;
export const VENUE_ADDRESS_MAX_LENGTH = 300;
/** A venue with coordinates and no radius accepts locations this close (a building and its forecourt). */
export const DEFAULT_VENUE_RADIUS_M = 200;
/** Smaller than a phone's usual accuracy would refuse honest check-ins; larger is a district, not a venue. */
export const MIN_VENUE_RADIUS_M = 20;
export const MAX_VENUE_RADIUS_M = 5_000;

/** Where an activity takes place. Coordinates are WGS 84 degrees; both or neither. */
export interface Venue {
  readonly name: string;
  readonly address: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** The "geolocation range (m)" a `geo` check-in must fall within; null without coordinates. */
  readonly radiusMeters: number | null;
}

export interface VenueInput {
  readonly name: string;
  readonly address: string;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly radiusMeters?: number | null;
}

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** What an activity says of its venue and methods; events recorded before venues existed carry neither. */
export interface VenueFacts {
  readonly venue?: Venue | null;
  readonly checkInMethods?: readonly CheckInMethod[];
}

export function hasCoordinates(venue: Venue | null | undefined): venue is Venue & GeoPoint {
  return venue !== null && venue !== undefined && venue.latitude !== null && venue.longitude !== null;
}

/** The methods an activity accepts: what it lists, else qr and organizer, and geo where the venue is located. */
export function acceptedCheckInMethods(activity: VenueFacts): readonly CheckInMethod[] {
  if (activity.checkInMethods && activity.checkInMethods.length > 0) return activity.checkInMethods;
  return hasCoordinates(activity.venue) ? ['qr', 'geo', 'organizer'] : ['qr', 'organizer'];
}

export function requireLatitude(value: unknown, field: string): number {
  return requireDegrees(value, field, 90);
}

export function requireLongitude(value: unknown, field: string): number {
  return requireDegrees(value, field, 180);
}

function requireDegrees(value: unknown, field: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -limit || value > limit) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${field} must be a number of degrees from -${limit} to ${limit}`,
      field,
    );
  }
  return value;
}

/** Validates a venue: text trimmed and bounded, coordinates both or neither, radius within its limits. */
export function requireVenue(input: VenueInput): Venue {
  const name = requireVenueText(input.name, 'venue.name', VENUE_NAME_MAX_LENGTH);
  const address = requireVenueText(input.address, 'venue.address', VENUE_ADDRESS_MAX_LENGTH);
  const hasLatitude = input.latitude !== undefined && input.latitude !== null;
  const hasLongitude = input.longitude !== undefined && input.longitude !== null;
  if (hasLatitude !== hasLongitude) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'venue.latitude and venue.longitude are given together or not at all',
      hasLatitude ? 'venue.longitude' : 'venue.latitude',
    );
  }
  if (!hasLatitude) {
    if (input.radiusMeters !== undefined && input.radiusMeters !== null) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'a radius needs the venue coordinates',
        'venue.radiusMeters',
      );
    }
    return { name, address, latitude: null, longitude: null, radiusMeters: null };
  }
  const latitude = requireLatitude(input.latitude, 'venue.latitude');
  const longitude = requireLongitude(input.longitude, 'venue.longitude');
  const radius = input.radiusMeters ?? DEFAULT_VENUE_RADIUS_M;
  if (!Number.isInteger(radius) || radius < MIN_VENUE_RADIUS_M || radius > MAX_VENUE_RADIUS_M) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `venue.radiusMeters must be a whole number from ${MIN_VENUE_RADIUS_M} to ${MAX_VENUE_RADIUS_M}`,
      'venue.radiusMeters',
    );
  }
  return { name, address, latitude, longitude, radiusMeters: radius };
}

function requireVenueText(value: unknown, field: string, maxLength: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > maxLength) {
    throw new DomainError('VALIDATION_FAILED', `${field} must be 1 to ${maxLength} characters`, field);
  }
  return text;
}

/** The listed methods, each known, none twice; geo only where the venue has coordinates. */
export function requireCheckInMethods(
  methods: readonly string[] | undefined,
  venue: Venue | null,
): CheckInMethod[] {
  if (methods === undefined) return [...acceptedCheckInMethods({ venue })];
  if (methods.length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'checkInMethods must list at least one method',
      'checkInMethods',
    );
  }
  const chosen: CheckInMethod[] = [];
  for (const method of methods) {
    const known = CHECK_IN_METHODS.find((candidate) => candidate === method);
    if (known === undefined || chosen.includes(known)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `checkInMethods must list distinct methods of ${CHECK_IN_METHODS.join(', ')}`,
        'checkInMethods',
      );
    }
    chosen.push(known);
  }
  if (chosen.includes('geo') && !hasCoordinates(venue)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'geo check-ins need a venue with coordinates',
      'checkInMethods',
    );
  }
  return chosen;
}

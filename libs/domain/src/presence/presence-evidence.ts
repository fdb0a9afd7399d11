import { type GeoEvidence } from './geofence.js';

/** What the event keeps: who vouched, why, and the evidence, never raw coordinates. */
export interface PresenceEvidence {
  /** The organiser or admin of the organising subtree who recorded it; null for a volunteer's own. */
  readonly recordedBy: string | null;
  readonly reason: string | null;
  readonly kioskCodeIssuedAt: string | null;
  readonly geo: GeoEvidence | null;
}

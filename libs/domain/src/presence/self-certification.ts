import { type Actor } from '../shared/event.js';

/**
 * Marks a confirmation made by a token that names the session's own volunteer (an organiser confirming their
 * own hours), so the anomaly report can name it; the field is absent otherwise and on older events.
 */
export function selfCertification(actor: Actor, volunteerId: string): { selfConfirmed?: true } {
  return actor.volunteerId === volunteerId ? { selfConfirmed: true } : {};
}

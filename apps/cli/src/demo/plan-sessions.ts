import { type PlannedActivity, type VolunteerStep } from './demo-plan.types.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './demo-calendar.js';
import { type SeededRandom } from './seeded-random.js';

/** How a session ends up: the everyday paths and the realistic exceptions. */
export type SessionOutcome =
  | 'checked-out-confirmed'
  | 'paper-sheet-confirmed'
  | 'missed-confirmed'
  | 'missed-pending'
  | 'rejected'
  | 'corrected'
  | 'revoked'
  | 'pending';

/** The counted minutes of a session over time: each change takes effect at its time. */
export interface SessionLedger {
  readonly changes: ReadonlyArray<{ readonly at: number; readonly minutes: number }>;
}

export interface PlannedSessionSteps {
  readonly steps: VolunteerStep[];
  readonly ledger: SessionLedger;
}

export function drawOutcome(random: SeededRandom): SessionOutcome {
  const draw = random.int(0, 999);
  if (draw < 550) return 'checked-out-confirmed';
  if (draw < 850) return 'paper-sheet-confirmed';
  if (draw < 870) return 'missed-confirmed';
  if (draw < 880) return 'missed-pending';
  if (draw < 900) return 'rejected';
  if (draw < 930) return 'corrected';
  if (draw < 935) return 'revoked';
  return 'pending';
}

const REJECTIONS = ['签到表上无此人，现场未见到', 'not on the sign-in sheet; nobody saw them at the venue'];
const CORRECTIONS = ['提前离场，按签到表更正', 'left early; corrected from the sign-in sheet'];
const REVOCATIONS = ['经核查系代签，撤销该记录', 'signed in by someone else; revoked after review'];

export interface SessionContext {
  readonly sessionId: string;
  readonly activity: PlannedActivity;
  /** The organiser who takes attendance and reviews. */
  readonly organiser: string;
  /** The administrator who revokes. */
  readonly admin: string;
}

/** The steps of one session on the volunteer's stream, and the minutes it counts over time. */
export function sessionSteps(
  random: SeededRandom,
  context: SessionContext,
  outcome: SessionOutcome,
  paperMinutes?: number,
): PlannedSessionSteps {
  const { sessionId, activity, organiser, admin } = context;
  const window = Math.floor((activity.endsAt - activity.startsAt) / MINUTE_MS);
  const reviewedAt = activity.endsAt + random.int(1, 3) * DAY_MS - random.int(0, 5) * HOUR_MS;
  const steps: VolunteerStep[] = [];
  const changes: Array<{ at: number; minutes: number }> = [];
  const live = (): void => {
    steps.push({
      kind: 'check-in',
      at: activity.startsAt - random.int(0, 15) * MINUTE_MS,
      by: organiser,
      sessionId,
      activityId: activity.id,
    });
    steps.push({
      kind: 'check-out',
      at: activity.endsAt + random.int(0, 20) * MINUTE_MS,
      by: organiser,
      activityId: activity.id,
    });
  };
  const confirm = (minutes: number): void => {
    steps.push({ kind: 'confirm', at: reviewedAt, by: organiser, sessionId });
    changes.push({ at: reviewedAt, minutes });
  };
  switch (outcome) {
    case 'checked-out-confirmed':
      live();
      confirm(window);
      break;
    case 'paper-sheet-confirmed': {
      const minutes = paperMinutes ?? (random.chance(0.8) ? window : window - 30);
      // The organiser who records the sheet certifies it in the same append (谁记录谁证明).
      const recordedAt = activity.endsAt + random.int(2, 20) * HOUR_MS;
      steps.push({
        kind: 'manual',
        at: recordedAt,
        by: organiser,
        sessionId,
        activityId: activity.id,
        startedAt: activity.startsAt,
        endedAt: activity.endsAt,
        minutes,
      });
      changes.push({ at: recordedAt, minutes });
      break;
    }
    case 'missed-confirmed':
    case 'missed-pending':
      steps.push({
        kind: 'check-in',
        at: activity.startsAt - random.int(0, 10) * MINUTE_MS,
        by: organiser,
        sessionId,
        activityId: activity.id,
      });
      // The sweeper closes it two hours after the activity's end.
      steps.push({ kind: 'close-missed', at: activity.endsAt + 2 * HOUR_MS + MINUTE_MS, by: 'system' });
      if (outcome === 'missed-confirmed') confirm(window);
      break;
    case 'rejected':
      live();
      steps.push({
        kind: 'reject',
        at: reviewedAt,
        by: organiser,
        sessionId,
        reason: REJECTIONS.join(' / '),
      });
      break;
    case 'corrected': {
      live();
      confirm(window);
      const correctedAt = reviewedAt + random.int(3, 10) * DAY_MS;
      const minutes = Math.max(30, window - 60);
      steps.push({
        kind: 'correct',
        at: correctedAt,
        by: organiser,
        sessionId,
        minutes,
        reason: CORRECTIONS.join(' / '),
      });
      changes.push({ at: correctedAt, minutes });
      break;
    }
    case 'revoked': {
      live();
      confirm(window);
      const revokedAt = reviewedAt + random.int(10, 40) * DAY_MS;
      steps.push({ kind: 'revoke', at: revokedAt, by: admin, sessionId, reason: REVOCATIONS.join(' / ') });
      changes.push({ at: revokedAt, minutes: 0 });
      break;
    }
    case 'pending':
      live();
      break;
  }
  return { steps, ledger: { changes } };
}

/** Confirmed minutes of these sessions as the ledger knew them at `at`. */
export function countedMinutes(ledgers: readonly SessionLedger[], at: number): number {
  let total = 0;
  for (const { changes } of ledgers) {
    let minutes = 0;
    for (const change of changes) if (change.at <= at) minutes = change.minutes;
    total += minutes;
  }
  return total;
}

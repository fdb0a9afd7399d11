import { cloudEventType } from '../cloudevents/event-types.js';
import {
  entryOf,
  withEntry,
  confirmedDatedEntriesOf,
  determinationFigures,
  determineEach,
  DomainError,
  eligibilityPoliciesInForce,
  calendarDate,
  type Determination,
  type PolicySet,
  type VolunteerState,
  type VolunteerStreamEvent,
} from '@vl/domain';
import { toKafkaRecord, type KafkaRecord } from '../cloudevents/cloud-event.js';
import { DEFAULT_SOURCE } from '../ledger/ledger-messages.js';
import {
  ELIGIBILITY_CHANGED_TYPE,
  type EligibilityChangedPayload,
  type EligibilityStanding,
} from '../topics/topic-payloads.js';
import { recordedAtOf, type Cause } from './cause.js';

// A Record over the tags, so a new volunteer event fails to compile until it says whether it can change
// what a policy sees: confirmed minutes, the profile, or honours held.
const CHANGES_ELIGIBILITY: Record<VolunteerStreamEvent['type'], boolean> = {
  VolunteerRegistered: true,
  VolunteerCheckedIn: false,
  VolunteerCheckedOut: false,
  SessionCheckOutMissed: false,
  ManualSessionRecorded: false,
  SessionConfirmed: true,
  SessionObjected: true,
  SessionRejected: true,
  SessionCorrected: true,
  SessionRevoked: true,
  SchoolConsentGranted: false,
  SchoolConsentRevoked: false,
  AwardGranted: true,
  AwardRevoked: true,
  // League admission stops applying to a member; the others leave what a policy sees as it was.
  VolunteerLeagueStatusChanged: true,
  VolunteerSchoolChanged: false,
  VolunteerTransferred: false,
  VolunteerDeactivated: false,
  VolunteerReactivated: false,
};

export function canChangeEligibility(event: VolunteerStreamEvent): boolean {
  return CHANGES_ELIGIBILITY[event.type];
}

const NOT_ELIGIBLE: EligibilityStanding = { eligible: false, tier: null };

export interface EligibilityOptions {
  readonly policies: PolicySet;
  readonly timeZone: string;
  readonly source?: string;
  /** Birth dates by volunteer id (personal-data store); a volunteer without one is not judged. */
  readonly birthDates?: ReadonlyMap<string, string>;
}

export interface EligibilityChanges {
  readonly records: KafkaRecord[];
  /** The standings after the cause, by policy id: the last published one, or the new one sent now. */
  readonly standings: Readonly<Record<string, EligibilityStanding>>;
}

/**
 * Judges the volunteer (`determine`, for each policy at once) under every eligibility policy in force when the ledger learned of `cause`, and
 * gives one message per policy whose `eligible` or `tier` differs from the standing last published.
 * Nothing was published reads as not eligible, so a first determination is sent only when eligible.
 */
export function eligibilityChanges(
  state: VolunteerState,
  published: Readonly<Record<string, EligibilityStanding>>,
  cause: Cause,
  options: EligibilityOptions,
): EligibilityChanges {
  if (state.status !== 'Registered') return { records: [], standings: published };
  // No event holds a birth date; without one from the personal store (erased, or not given) no judgement.
  const birthDate = options.birthDates?.get(state.profile.volunteerId);
  if (birthDate === undefined) return { records: [], standings: published };
  const asOf = recordedAtOf(cause);
  const policies = eligibilityPoliciesInForce(options.policies, calendarDate(asOf, options.timeZone));
  if (policies.length === 0) return { records: [], standings: published };
  // Each session record is dated once, not at every event that judges the volunteer again.
  const entries = confirmedDatedEntriesOf(state, asOf, options.timeZone);
  const honours = Object.values(state.awards).filter((award) => award.phase === 'Granted');
  let determinations: Determination[];
  try {
    determinations = determineEach(options.policies, policies, {
      volunteer: { ...state.profile, birthDate },
      entries,
      honours,
      asOf,
      timeZone: options.timeZone,
    });
  } catch (error) {
    // A question the engine refuses (recorded before the volunteer's birth date) has no determination.
    if (error instanceof DomainError) return { records: [], standings: published };
    throw error;
  }
  const records: KafkaRecord[] = [];
  let standings = published;
  for (const determination of determinations) {
    const previous = entryOf(published, determination.policyId) ?? NOT_ELIGIBLE;
    if (previous.eligible === determination.eligible && previous.tier === determination.tier) continue;
    records.push(eligibilityRecord(determination, state.profile.volunteerId, previous, asOf, cause, options));
    standings = withEntry(standings, determination.policyId, {
      eligible: determination.eligible,
      tier: determination.tier,
    });
  }
  return { records, standings };
}

/** `ce_id` is derived from the cause and the policy, so a replay after a crash repeats it. */
export function eligibilityEventId(causeId: string, policyId: string): string {
  return `${causeId}:eligibility:${policyId}`;
}

function eligibilityRecord(
  determination: Determination,
  volunteerId: string,
  previous: EligibilityStanding,
  asOf: string,
  cause: Cause,
  options: EligibilityOptions,
): KafkaRecord {
  const { recorded } = cause;
  const data: EligibilityChangedPayload = {
    volunteerId,
    ...determinationFigures(determination),
    asOf,
    previous,
    cause: { eventId: recorded.id, type: recorded.type, position: recorded.position },
  };
  return toKafkaRecord(volunteerId, {
    id: eligibilityEventId(recorded.id, determination.policyId),
    type: cloudEventType(ELIGIBILITY_CHANGED_TYPE),
    source: `${options.source ?? DEFAULT_SOURCE}/${recorded.streamName}`,
    subject: volunteerId,
    time: asOf,
    extensions: { position: recorded.position, policyid: determination.policyId },
    data,
  });
}

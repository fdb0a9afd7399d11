import {
  emptyDictionary,
  entryOf,
  withEntry,
  decodeEvent,
  type UpcasterRegistry,
  evolveBalance,
  evolveVolunteer,
  isVolunteerEvent,
  isVolunteerStreamEvent,
  type CertificateIssued,
  type PolicySet,
  type RegisteredVolunteer,
  type VolunteerSession,
  type VolunteerState,
} from '@vl/domain';
import { type RecordedEvent } from '@vl/event-store';
import { type KafkaRecord } from '../cloudevents/cloud-event.js';
import {
  certificateIssuedRecord,
  lapsedCertificates,
  stands,
  trackCertificate,
  type CertificateTrack,
} from '../derived/certificate-messages.js';
import { type Cause } from '../derived/cause.js';
import { canChangeEligibility, eligibilityChanges } from '../derived/eligibility-messages.js';
import {
  balanceChanged,
  balanceRecord,
  entryRecord,
  volunteerIdOfStream,
} from '../ledger/ledger-messages.js';
import { pointsOfState } from '../ledger/balance-points.js';
import { unseenVolunteer, type PublishedVolunteer } from './published-volunteer.js';

/** What one batch of store events turns into: the messages to send and the state to commit after the ack. */
export interface PublishPlan {
  readonly entries: KafkaRecord[];
  readonly balances: KafkaRecord[];
  readonly eligibility: KafkaRecord[];
  readonly certificates: KafkaRecord[];
  /** The folded state of the volunteers this batch touched, to store with the checkpoint. */
  readonly volunteersAfter: ReadonlyMap<string, PublishedVolunteer>;
  /** The position to checkpoint once the broker has acknowledged everything above. */
  readonly lastPosition: number;
  /** Event types this build does not know; they are passed over, not published. */
  readonly unknownTypes: ReadonlySet<string>;
}

export interface PlanOptions {
  readonly timeZone: string;
  /** The policies eligibility is judged by. */
  readonly policies: PolicySet;
  readonly source?: string;
  /** Birth dates of the batch's volunteers (personal-data store); eligibility is judged only with one. */
  readonly birthDates?: ReadonlyMap<string, string>;
  /** The upcasters stored events are decoded through; default the ledger's own. */
  readonly upcasters?: UpcasterRegistry;
}

/**
 * Maps a batch in global order. Every ledger event but a certificate's issue becomes one entry message;
 * a volunteer's balance message follows each event that changes what the balance shows, and the first
 * event seen of a volunteer; an eligibility message follows each change of a policy's determination; a
 * certificate message follows its issue and the event that makes it stand no more. The result depends
 * only on the events and the stored state, so a replay after a crash sends the same messages with the
 * same ids, however the events are cut into batches.
 */
export function planBatch(
  events: readonly RecordedEvent[],
  stored: ReadonlyMap<string, PublishedVolunteer>,
  options: PlanOptions,
): PublishPlan {
  const plan = {
    entries: [] as KafkaRecord[],
    balances: [] as KafkaRecord[],
    eligibility: [] as KafkaRecord[],
    certificates: [] as KafkaRecord[],
    volunteersAfter: new Map<string, PublishedVolunteer>(),
    lastPosition: 0,
    unknownTypes: new Set<string>(),
  };
  const current = (id: string): PublishedVolunteer | undefined =>
    plan.volunteersAfter.get(id) ?? stored.get(id);
  for (const recorded of events) {
    plan.lastPosition = Math.max(plan.lastPosition, recorded.position);
    const decoded = decodeEvent(recorded, options.upcasters);
    if (!decoded) {
      plan.unknownTypes.add(recorded.type);
      continue;
    }
    const { event, metadata } = decoded;
    const cause: Cause = { recorded, metadata };
    if (event.type === 'CertificateIssued') {
      // Not an hour entry, and it holds the volunteer's name and the signed form: certificates topic only.
      const { volunteerId } = event.data;
      const after = issue(current(volunteerId) ?? unseenVolunteer(volunteerId), event, cause, plan, options);
      plan.volunteersAfter.set(volunteerId, after);
      continue;
    }
    plan.entries.push(entryRecord({ recorded, event, metadata }, options.source));
    const volunteerId = volunteerIdOfStream(recorded.streamName);
    if (volunteerId === undefined || !isVolunteerStreamEvent(event)) continue;
    const before = current(volunteerId);
    const folding = before ?? unseenVolunteer(volunteerId);
    // The balance message follows a change of its minutes or of its points (an honour granted or revoked).
    const balance = isVolunteerEvent(event)
      ? evolveBalance(folding.balance, event, options.timeZone)
      : folding.balance;
    let after: PublishedVolunteer = {
      ...folding,
      volunteer: evolveVolunteer(folding.volunteer, event),
      balance,
    };
    const pointsBefore = before === undefined ? undefined : pointsOf(before.volunteer, options);
    const points = pointsOf(after.volunteer, options, before?.volunteer);
    const minutesMoved =
      isVolunteerEvent(event) && (before === undefined || balanceChanged(before.balance, balance));
    if (minutesMoved || (pointsBefore !== undefined && pointsBefore !== points)) {
      plan.balances.push(balanceRecord(balance, points, recorded, options.source));
    }
    if (canChangeEligibility(event)) {
      const judged = eligibilityChanges(after.volunteer, after.eligibility, cause, options);
      const lapsed = lapsedCertificates(after.volunteer, after.certificates, cause, options.source);
      plan.eligibility.push(...judged.records);
      plan.certificates.push(...lapsed.records);
      after = { ...after, eligibility: judged.standings, certificates: lapsed.certificates };
    }
    plan.volunteersAfter.set(volunteerId, after);
  }
  return plan;
}

/** A state's points, and the confirmed sessions and honours they were priced from. */
interface Priced {
  readonly points: number;
  readonly confirmed: readonly VolunteerSession[];
  readonly awards: unknown;
}

/**
 * Points priced once per volunteer state: the state after one event is the state before the next one of
 * the same volunteer, so without this every event would price the volunteer's whole history twice.
 */
const pricedStates = new WeakMap<PolicySet, WeakMap<VolunteerState, Map<string, Priced>>>();

/**
 * The state's points. Given the state it was folded from, priced already, the price carries over when
 * the event left the confirmed sessions and the honours as they were (the fold never changes a session or
 * the honours in place, it puts new ones), so only events that move them price the history again.
 */
function pointsOf(state: VolunteerState, options: PlanOptions, previous?: VolunteerState): number {
  let byState = pricedStates.get(options.policies);
  if (!byState) {
    byState = new WeakMap();
    pricedStates.set(options.policies, byState);
  }
  let byZone = byState.get(state);
  if (!byZone) {
    byZone = new Map();
    byState.set(state, byZone);
  }
  const known = byZone.get(options.timeZone);
  if (known !== undefined) return known.points;
  const confirmed = state.status === 'Registered' ? confirmedSessionsOf(state) : [];
  const awards = state.status === 'Registered' ? state.awards : undefined;
  const earlier = previous && byState.get(previous)?.get(options.timeZone);
  const points =
    earlier !== undefined && previous?.status === state.status && samePricing(earlier, confirmed, awards)
      ? earlier.points
      : pointsOfState(state, options);
  byZone.set(options.timeZone, { points, confirmed, awards });
  return points;
}

function confirmedSessionsOf(state: RegisteredVolunteer): VolunteerSession[] {
  const confirmed: VolunteerSession[] = [];
  for (const session of Object.values(state.sessions))
    if (session.phase === 'Confirmed') confirmed.push(session);
  return confirmed;
}

function samePricing(earlier: Priced, confirmed: readonly VolunteerSession[], awards: unknown): boolean {
  return (
    earlier.awards === awards &&
    earlier.confirmed.length === confirmed.length &&
    earlier.confirmed.every((session, index) => session === confirmed[index])
  );
}

/** Tracks an issued certificate, and revokes it at once should its sessions already count less. */
function issue(
  volunteer: PublishedVolunteer,
  event: CertificateIssued,
  cause: Cause,
  plan: { certificates: KafkaRecord[] },
  options: PlanOptions,
): PublishedVolunteer {
  const { certificateId } = event.data;
  // A repeat of an issue already handled (the same certificate id) sends nothing new.
  if (entryOf(volunteer.certificates, certificateId)) return volunteer;
  const track = trackCertificate(event.data);
  plan.certificates.push(certificateIssuedRecord(track, cause, options.source));
  const certificates = withEntry(volunteer.certificates, certificateId, track);
  if (stands(track, volunteer.volunteer)) return { ...volunteer, certificates };
  const lapsed = lapsedCertificates(
    volunteer.volunteer,
    withEntry(emptyDictionary<CertificateTrack>(), certificateId, track),
    cause,
    options.source,
  );
  plan.certificates.push(...lapsed.records);
  return volunteer;
}

/** The volunteers whose stored state a batch needs: those of volunteer streams and of certificates. */
export function volunteersOf(events: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const id =
      volunteerIdOfStream(event.streamName) ??
      (event.type === 'CertificateIssued' && typeof event.data.volunteerId === 'string'
        ? event.data.volunteerId
        : undefined);
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

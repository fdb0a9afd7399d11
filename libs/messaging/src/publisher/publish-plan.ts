import {
  emptyDictionary,
  entryOf,
  withEntry,
  decodeEvent,
  type UpcasterRegistry,
  isVolunteerEvent,
  isVolunteerStreamEvent,
  type BalanceFigures,
  type CertificateIssued,
  type PolicySet,
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
import { type PublishedVolunteer } from './published-volunteer.js';
import { VolunteerWork } from './volunteer-work.js';

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
  // In the order the batch first touches them, which is the order of `volunteersAfter`.
  const working = new Map<string, VolunteerWork>();
  const workOf = (volunteerId: string): VolunteerWork => {
    let work = working.get(volunteerId);
    if (work === undefined) {
      work = new VolunteerWork(volunteerId, stored.get(volunteerId), options);
      working.set(volunteerId, work);
    }
    return work;
  };
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
      issue(workOf(event.data.volunteerId), event, cause, plan, options);
      continue;
    }
    plan.entries.push(entryRecord({ recorded, event, metadata }, options.source));
    const volunteerId = volunteerIdOfStream(recorded.streamName);
    if (volunteerId === undefined || !isVolunteerStreamEvent(event)) continue;
    // A volunteer neither stored nor touched yet starts unseen: its first balance is always sent.
    const seen = working.has(volunteerId) || stored.get(volunteerId) !== undefined;
    const work = workOf(volunteerId);
    const moves = isVolunteerEvent(event);
    const figuresBefore = seen && moves ? copyOfFigures(work.figures) : undefined;
    const pointsBefore = seen ? work.points : undefined;
    work.apply(event);
    // The balance message follows a change of its minutes or of its points (an honour granted or revoked).
    const points = work.points;
    const minutesMoved =
      moves && (figuresBefore === undefined || balanceChanged(figuresBefore, work.figures));
    if (minutesMoved || (pointsBefore !== undefined && pointsBefore !== points)) {
      plan.balances.push(balanceRecord(work.figures, points, recorded, options.source));
    }
    if (canChangeEligibility(event)) {
      const judged = eligibilityChanges(work.volunteer, work.eligibility, cause, options);
      const lapsed = lapsedCertificates(work.volunteer, work.certificates, cause, options.source);
      plan.eligibility.push(...judged.records);
      plan.certificates.push(...lapsed.records);
      work.eligibility = judged.standings;
      work.certificates = lapsed.certificates;
    }
  }
  for (const [volunteerId, work] of working) plan.volunteersAfter.set(volunteerId, work.published());
  return plan;
}

/** The figures as they are now, kept apart from the folder that goes on writing its own. */
function copyOfFigures(figures: BalanceFigures): BalanceFigures {
  return {
    volunteerId: figures.volunteerId,
    confirmedMinutes: figures.confirmedMinutes,
    pendingMinutes: figures.pendingMinutes,
    byYear: Object.assign(emptyDictionary<number>(), figures.byYear),
    byCategory: Object.assign(emptyDictionary<number>(), figures.byCategory),
  };
}

/** Tracks an issued certificate, and revokes it at once should its sessions already count less. */
function issue(
  work: VolunteerWork,
  event: CertificateIssued,
  cause: Cause,
  plan: { certificates: KafkaRecord[] },
  options: PlanOptions,
): void {
  const { certificateId } = event.data;
  // A repeat of an issue already handled (the same certificate id) sends nothing new.
  if (entryOf(work.certificates, certificateId)) return;
  const track = trackCertificate(event.data);
  plan.certificates.push(certificateIssuedRecord(track, cause, options.source));
  if (stands(track, work.volunteer)) {
    work.certificates = withEntry(work.certificates, certificateId, track);
    return;
  }
  const lapsed = lapsedCertificates(
    work.volunteer,
    withEntry(emptyDictionary<CertificateTrack>(), certificateId, track),
    cause,
    options.source,
  );
  plan.certificates.push(...lapsed.records);
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

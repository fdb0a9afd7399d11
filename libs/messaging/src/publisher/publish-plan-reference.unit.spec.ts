import { loadPolicyDirectory } from '@vl/config';
import {
  decodeEvent,
  emptyDictionary,
  entryOf,
  evolveBalance,
  evolveVolunteer,
  isVolunteerEvent,
  isVolunteerStreamEvent,
  parsePolicy,
  PolicySet,
  withEntry,
  type CertificateIssued,
  type VolunteerStreamEvent,
} from '@vl/domain';
import { type EventData, type RecordedEvent } from '@vl/event-store';
import fc from 'fast-check';
import { volunteerHistory } from '../../../domain/src/testing/volunteer-history.js';
import { type KafkaRecord } from '../cloudevents/cloud-event.js';
import { type Cause } from '../derived/cause.js';
import {
  certificateIssuedRecord,
  lapsedCertificates,
  stands,
  trackCertificate,
  type CertificateTrack,
} from '../derived/certificate-messages.js';
import { canChangeEligibility, eligibilityChanges } from '../derived/eligibility-messages.js';
import { pointsOfState } from '../ledger/balance-points.js';
import {
  balanceChanged,
  balanceRecord,
  entryRecord,
  volunteerIdOfStream,
} from '../ledger/ledger-messages.js';
import { certificateIssued, eventData } from '../testing/ledger-fixtures.js';
import { planBatch, type PlanOptions, type PublishPlan } from './publish-plan.js';
import { unseenVolunteer, type PublishedVolunteer } from './published-volunteer.js';
import { packVolunteerState, unpackVolunteerState } from './volunteer-state-codec.js';
import { seededRandom } from '../../../domain/src/testing/seeded-random.js';

/**
 * The reference planner: the mapping as it was first written, folding a fresh copy of the volunteer and its
 * balance at every event and pricing the whole history again each time. Slow and plainly right; the
 * planner must give exactly what it gives.
 */
function referencePlanBatch(
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
      const { volunteerId } = event.data;
      const after = referenceIssue(
        current(volunteerId) ?? unseenVolunteer(volunteerId),
        event,
        cause,
        plan,
        options,
      );
      plan.volunteersAfter.set(volunteerId, after);
      continue;
    }
    plan.entries.push(entryRecord({ recorded, event, metadata }, options.source));
    const volunteerId = volunteerIdOfStream(recorded.streamName);
    if (volunteerId === undefined || !isVolunteerStreamEvent(event)) continue;
    const before = current(volunteerId);
    const folding = before ?? unseenVolunteer(volunteerId);
    const balance = isVolunteerEvent(event)
      ? evolveBalance(folding.balance, event, options.timeZone)
      : folding.balance;
    let after: PublishedVolunteer = {
      ...folding,
      volunteer: evolveVolunteer(folding.volunteer, event),
      balance,
    };
    const pointsBefore = before === undefined ? undefined : pointsOfState(before.volunteer, options);
    const points = pointsOfState(after.volunteer, options);
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

function referenceIssue(
  volunteer: PublishedVolunteer,
  event: CertificateIssued,
  cause: Cause,
  plan: { certificates: KafkaRecord[] },
  options: PlanOptions,
): PublishedVolunteer {
  const { certificateId } = event.data;
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

const title = { zh: '测试', en: 'Test' };
const points = (version: number, effectiveFrom: string, pointsPerHour: number, honour: number) =>
  parsePolicy(
    {
      id: 'points',
      version,
      effectiveFrom,
      title,
      kind: 'points',
      pointsPerHour,
      honours: [{ policyId: 'stars', tier: '1-star', points: honour }],
    },
    'test',
  );
const shipped = await loadPolicyDirectory('policies');
// The generated histories start in 2005, four sessions a day: later points versions price the sessions
// from late January and from late February at rates that floor, and each prices the honours its own way.
const policies = PolicySet.of([
  ...shipped.all(),
  points(2, '2005-01-20', 1.37, 2.5),
  points(3, '2005-02-25', 3.33, 0.75),
  parsePolicy(
    {
      id: 'stars',
      version: 1,
      effectiveFrom: '2000-01-01',
      title,
      kind: 'hours-tiers',
      window: { type: 'all-time' },
      tiers: [
        { id: '1-star', title, hours: 10 },
        { id: '2-star', title, hours: 40 },
        { id: '3-star', title, hours: 200 },
      ],
    },
    'test',
  ),
]);

const HOUR_MS = 3_600_000;
const FIRST = Date.parse('2005-01-01T00:00:00.000Z');

interface Scenario {
  readonly volunteers: readonly { readonly sessions: number; readonly birthDate: string | null }[];
  readonly certificates: readonly {
    readonly volunteer: number;
    readonly at: number;
    readonly sessions: readonly number[];
    readonly minutes: number;
    readonly repeated: boolean;
  }[];
  readonly strays: number;
  readonly seed: number;
  readonly batchSizes: readonly number[];
  /** Per batch: whether the stored state comes back through the codec, as after a restart. */
  readonly restored: readonly boolean[];
}

type Queued = EventData & { readonly streamName: string; readonly at: number };

/** The volunteers' streams, certificates between their events, interleaved in one global order. */
function recordScenario(scenario: Scenario): RecordedEvent[] {
  const queues: Queued[][] = scenario.volunteers.map(({ sessions }, index) => {
    const volunteerId = `v${index}`;
    return volunteerHistory(sessions).map((event, revision) => {
      const at = FIRST + revision * 2 * HOUR_MS;
      const own = { ...event, data: { ...event.data, volunteerId } } as VolunteerStreamEvent;
      return { ...eventData(own, new Date(at).toISOString()), streamName: `volunteer-${volunteerId}`, at };
    });
  });
  scenario.certificates.forEach((certificate, index) => {
    const owner = certificate.volunteer % scenario.volunteers.length;
    const queue = queues[owner] ?? [];
    const count = scenario.volunteers[owner]?.sessions ?? 0;
    const place = certificate.at % (queue.length + 1);
    const at = queue[Math.max(0, place - 1)]?.at ?? FIRST;
    const sessionIds = [...new Set(certificate.sessions.map((n) => `s-${count === 0 ? n : n % count}`))];
    const issued = certificateIssued(
      `v${owner}`,
      `c${index}`,
      sessionIds.map((sessionId) => ({ sessionId, minutes: certificate.minutes })),
      new Date(at + 60_000).toISOString(),
    );
    const copies = certificate.repeated ? [issued, { ...issued, id: `${issued.id}-again` }] : [issued];
    queue.splice(place, 0, ...copies.map((copy) => ({ ...copy, streamName: `certificate-c${index}`, at })));
  });
  const strays: Queued[] = Array.from({ length: scenario.strays }, (_, index) => ({
    id: `stray-${index}`,
    type: 'WidgetPainted',
    data: {},
    metadata: {},
    streamName: 'widget-w1',
    at: FIRST,
  }));
  queues.push(strays);
  const next = seededRandom(scenario.seed);
  const recorded: RecordedEvent[] = [];
  const revisions = new Map<string, number>();
  for (;;) {
    const open = queues.filter((queue) => queue.length > 0);
    if (open.length === 0) return recorded;
    const queue = open[Math.floor(next() * open.length)] ?? [];
    const { at, streamName, ...event } = queue.shift() as Queued;
    const revision = revisions.get(streamName) ?? 0;
    revisions.set(streamName, revision + 1);
    recorded.push({ ...event, streamName, revision, position: recorded.length + 1, createdAt: new Date(at) });
  }
}

/** A volunteer as the checkpoint store writes it: the balance, the packed state and the standings. */
function storedForm(volunteer: PublishedVolunteer): string {
  const { balance, eligibility, certificates } = volunteer;
  return JSON.stringify({
    balance,
    volunteer: packVolunteerState(volunteer.volunteer),
    eligibility,
    certificates,
  });
}

function restore(volunteer: PublishedVolunteer): PublishedVolunteer {
  const read = JSON.parse(storedForm(volunteer)) as PublishedVolunteer & { volunteer: never };
  return { ...read, volunteer: unpackVolunteerState(read.volunteer) };
}

/** A plan as it leaves the planner: its records, the stored form of its volunteers, in their order. */
function comparable(plan: PublishPlan) {
  const { entries, balances, eligibility, certificates, lastPosition, unknownTypes } = plan;
  const volunteersAfter = [...plan.volunteersAfter].map(([id, volunteer]) => [id, storedForm(volunteer)]);
  return {
    entries,
    balances,
    eligibility,
    certificates,
    lastPosition,
    unknownTypes: [...unknownTypes],
    volunteersAfter,
  };
}

const snapshot = (stored: ReadonlyMap<string, PublishedVolunteer>) =>
  [...stored].map(([id, volunteer]) => [id, storedForm(volunteer)]);

function checkScenario(scenario: Scenario): void {
  const events = recordScenario(scenario);
  const birthDates = new Map<string, string>();
  scenario.volunteers.forEach(({ birthDate }, index) => {
    if (birthDate !== null) birthDates.set(`v${index}`, birthDate);
  });
  const options: PlanOptions = { timeZone: 'Asia/Shanghai', policies, birthDates };
  let expectedStored = new Map<string, PublishedVolunteer>();
  let actualStored = new Map<string, PublishedVolunteer>();
  let from = 0;
  for (let batch = 0; from < events.length; batch += 1) {
    const size = scenario.batchSizes[batch % scenario.batchSizes.length] ?? 1;
    const slice = events.slice(from, from + size);
    from += size;
    const expected = referencePlanBatch(slice, expectedStored, options);
    const before = snapshot(actualStored);
    const actual = planBatch(slice, actualStored, options);
    expect(comparable(actual)).toEqual(comparable(expected));
    expect(snapshot(actualStored)).toEqual(before);
    // A batch whose send failed is planned again from the same stored states, and gives the same.
    if (batch % 3 === 1)
      expect(comparable(planBatch(slice, actualStored, options))).toEqual(comparable(expected));
    expectedStored = new Map([...expectedStored, ...expected.volunteersAfter]);
    const restored = scenario.restored[batch % scenario.restored.length] ?? false;
    const carried = [...actual.volunteersAfter].map(([id, volunteer]) =>
      restored ? ([id, restore(volunteer)] as const) : ([id, volunteer] as const),
    );
    actualStored = new Map([...actualStored, ...carried]);
  }
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  volunteers: fc.array(
    fc.record({
      sessions: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 160 })),
      birthDate: fc.constantFrom(null, '1991-03-01', '1995-06-15', '2006-01-01'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  certificates: fc.array(
    fc.record({
      volunteer: fc.nat(),
      at: fc.nat(),
      sessions: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      minutes: fc.constantFrom(180, 240),
      repeated: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  strays: fc.integer({ min: 0, max: 2 }),
  seed: fc.nat(),
  batchSizes: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 6 }),
  restored: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
});

describe('planBatch against the reference planner', () => {
  it('gives the same records and stored states as folding afresh at every event, however the batches are cut', () => {
    fc.assert(fc.property(scenarioArb, checkScenario), { numRuns: 40 });
  });

  it('gives the same over a long history that crosses every points version, honours granted and revoked', () => {
    checkScenario({
      volunteers: [
        { sessions: 700, birthDate: null },
        { sessions: 90, birthDate: '1991-03-01' },
      ],
      certificates: [
        { volunteer: 0, at: 900, sessions: [400, 401, 402], minutes: 240, repeated: false },
        { volunteer: 1, at: 0, sessions: [7], minutes: 180, repeated: true },
      ],
      strays: 1,
      seed: 7,
      batchSizes: [500, 37, 211],
      restored: [false, true],
    });
  });
});

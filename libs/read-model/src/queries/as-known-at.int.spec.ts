import { loadPolicyDirectory } from '@vl/config';
import {
  type ActivitySnapshot,
  type Actor,
  type Determination,
  DomainError,
  confirmedEntriesOf,
  encodeEvent,
  evaluate,
  evolveAll,
  isEligibilityPolicy,
  type PolicySet,
  volunteerDecider,
  type VolunteerCommand,
  type VolunteerState,
  type VolunteerStreamEvent,
  volunteerStream,
} from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { READ_MODEL_MIGRATIONS } from '../migrations.js';
import { Projector } from '../projector.js';
import { BalanceQuery } from './balance.query.js';

// Property: asking the read model "as known at" the moment just after any command gives the answer the
// ledger gave then — the same confirmed entries, so the same determination under every policy — however
// many corrections and revocations came later.

const TZ = 'Asia/Shanghai';
const ASKED_AS_OF = '2024-06-30T12:00:00+08:00';
const RECORDING_STARTS = Date.parse('2024-04-01T00:00:00Z');
const NOW = '2024-04-01T00:00:00.000Z';
const actor: Actor = { sub: 'lianhua-admin', roles: ['admin'], org: 'lianhua' };
const activity: ActivitySnapshot = {
  activityId: 'march-programme',
  organizationId: 'lianhua',
  organizationPath: ['zz', 'lianhua'],
  title: '三月学雷锋志愿服务',
  category: 'community',
  startsAt: '2024-03-01T00:00:00.000Z',
  endsAt: '2024-03-31T00:00:00.000Z',
  maxMinutesPerVolunteer: null,
  autoConfirm: false,
};

type Step =
  | { kind: 'record'; day: number; minutes: number }
  | { kind: 'correct'; target: number; minutes: number }
  | { kind: 'revoke'; target: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    day: fc.integer({ min: 0, max: 29 }),
    minutes: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({
    kind: fc.constant('correct' as const),
    target: fc.nat(),
    minutes: fc.integer({ min: 0, max: 600 }),
  }),
  fc.record({ kind: fc.constant('revoke' as const), target: fc.nat() }),
);

function commandOf(
  step: Step,
  sessionId: string,
  sessionIds: readonly string[],
): VolunteerCommand | undefined {
  if (step.kind === 'record') {
    const startedAt = Date.parse(activity.startsAt) + step.day * 86_400_000 + 3_600_000;
    return {
      type: 'RecordManualSession',
      data: {
        sessionId,
        activity,
        startedAt: new Date(startedAt).toISOString(),
        endedAt: new Date(startedAt + step.minutes * 60_000).toISOString(),
        minutes: step.minutes,
        note: 'paper sheet',
        actor,
        now: NOW,
      },
    };
  }
  const target = sessionIds[step.target % Math.max(1, sessionIds.length)];
  if (target === undefined) return undefined;
  return step.kind === 'correct'
    ? {
        type: 'CorrectSession',
        data: { sessionId: target, minutes: step.minutes, reason: 'sheet misread', actor },
      }
    : { type: 'RevokeSession', data: { sessionId: target, reason: 'not present', actor } };
}

describe('answers as known at a past moment', () => {
  let sql: SqlClient;
  let store: PostgresEventStore;
  let projector: Projector;
  let balances: BalanceQuery;
  let policies: PolicySet;
  let run = 0;
  const applied = { RecordManualSession: 0, CorrectSession: 0, RevokeSession: 0 };

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'as_known_at' });
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    store = await PostgresEventStore.create(sql);
    projector = new Projector(sql, store, { timeZone: TZ });
    balances = new BalanceQuery(sql);
    policies = await loadPolicyDirectory('policies');
  });

  afterAll(async () => {
    await store?.close();
    await sql?.close();
  });

  const determinations = (state: VolunteerState, entries = confirmedEntriesOf(registered(state))) =>
    policies
      .allInForce('2024-06-30')
      .filter(isEligibilityPolicy)
      .map((policy): Determination =>
        evaluate(policy, {
          volunteer: { ...registered(state).profile, birthDate: '2006-05-01' },
          entries,
          asOf: ASKED_AS_OF,
          timeZone: TZ,
          pointsPolicies: policies,
        }),
      );

  it('志愿服务记录与证明出具办法 (2020), complete records: gives the determination the ledger gave right after each command, whatever came later', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (steps) => {
        run += 1;
        const volunteerId = `v-${run}`;
        let history: VolunteerStreamEvent[] = [];
        let revision = -1;
        const append = async (events: VolunteerStreamEvent[], recordedAt: string) => {
          await store.append(
            volunteerStream(volunteerId),
            events.map((event) => ({
              id: randomUUID(),
              ...encodeEvent(event, {
                occurredAt: recordedAt,
                recordedAt,
                actor: actor.sub,
                correlationId: 'c',
              }),
            })),
            revision < 0 ? 'no_stream' : revision,
          );
          revision += events.length;
          history = [...history, ...events];
        };
        await append(
          [
            {
              type: 'VolunteerRegistered',
              data: {
                volunteerId,
                organizationId: 'lianhua',
                organizationPath: ['zz', 'lianhua'],
                schoolId: null,
                leagueStatus: 'applicant',
                minorAtRegistration: false,
              },
            },
          ],
          new Date(RECORDING_STARTS).toISOString(),
        );
        const sessionIds: string[] = [];
        const moments: { knownAt: string; expected: Determination[] }[] = [];
        for (const [index, step] of steps.entries()) {
          // Session ids are unique across the ledger, as generated ones are.
          const command = commandOf(step, `${volunteerId}-s-${index}`, sessionIds);
          if (!command) continue;
          const state = evolveAll(volunteerDecider, history);
          let events: VolunteerStreamEvent[];
          try {
            events = volunteerDecider.decide(command, state);
          } catch (error) {
            if (error instanceof DomainError) continue;
            throw error;
          }
          const knownAt = new Date(RECORDING_STARTS + (index + 1) * 1000).toISOString();
          await append(events, knownAt);
          if (command.type === 'RecordManualSession') sessionIds.push(command.data.sessionId);
          if (command.type in applied) applied[command.type as keyof typeof applied] += 1;
          moments.push({ knownAt, expected: determinations(evolveAll(volunteerDecider, history)) });
        }
        await projector.catchUp();
        const finalState = evolveAll(volunteerDecider, history);
        for (const { knownAt, expected } of moments) {
          const known = await balances.confirmedEntries(volunteerId, { asKnownAt: knownAt });
          expect(determinations(finalState, known)).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
    // The histories did hold later corrections and revocations, not only first recordings.
    expect(applied.CorrectSession).toBeGreaterThan(5);
    expect(applied.RevokeSession).toBeGreaterThan(5);
  });
});

function registered(state: VolunteerState) {
  if (state.status !== 'Registered') throw new Error('expected a registered volunteer');
  return state;
}

import {
  encodeEvent,
  type LedgerEvent,
  type OrganizationRegistered,
  organizationStream,
  volunteerStream,
} from '@vl/domain';
import { type EventStore, PostgresEventStore } from '@vl/event-store';
import { createSqlClient, type SqlClient } from '@vl/sql';
import { anActivity, anActor, PATHS, registered } from '../../../../libs/domain/src/testing/fixtures.js';
import { checkIn, checkOut } from '../../../../libs/domain/src/testing/volunteer-commands.js';
import { fixedClock } from '../shared/clock.js';
import { type CommandContext } from '../shared/command-context.js';
import { OrganizationStreams, VolunteerStreams } from '../shared/streams.js';
import { PostingPeriods } from './posting-periods.js';

const NOW = '2024-07-01T06:00:00.000Z';
const HOUR_MS = 3_600_000;
const context: CommandContext = {
  actor: anActor('lotus-team'),
  correlationId: 'c-1',
  idempotencySeed: undefined,
};
const metadata = { occurredAt: NOW, recordedAt: NOW, actor: 'user-zz', correlationId: 'c-0' };

function organization(path: readonly string[]): OrganizationRegistered {
  const organizationId = path[path.length - 1]!;
  return {
    type: 'OrganizationRegistered',
    data: {
      organizationId,
      name: organizationId,
      kind: path.length === 1 ? 'city' : 'community',
      parentId: path[path.length - 2] ?? null,
      path: [...path],
    },
  };
}

describe('posting days read for a check-out, as facts of the append', () => {
  let sql: SqlClient;
  let store: EventStore;
  const clock = fixedClock(NOW);
  const reads = new Map<string, number>();
  const append = (stream: string, event: LedgerEvent, expected: 'no_stream' | number) =>
    store.append(stream, [{ id: crypto.randomUUID(), ...encodeEvent(event, metadata) }], expected);

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'event_store' });
    store = await PostgresEventStore.create(sql);
    for (const path of [PATHS.city, PATHS.hetang, PATHS.lotus, PATHS.lotusTeam]) {
      await append(organizationStream(path[path.length - 1]!), organization(path), 'no_stream');
    }
  });
  afterAll(async () => {
    await store.close();
    await sql.close();
  });

  it('takes kept organisation states without reading them, and reads them again once one moved on', async () => {
    const counting: EventStore = Object.assign(Object.create(store) as EventStore, {
      readStream: (...args: Parameters<EventStore['readStream']>) => {
        const kind = args[0].split('-')[0]!;
        reads.set(kind, (reads.get(kind) ?? 0) + 1);
        return store.readStream(...args);
      },
    });
    // One process, keeping what it folded; another one sets the posting period.
    const organizations = new OrganizationStreams(counting, () => undefined, clock);
    const volunteers = new VolunteerStreams(counting, () => undefined, clock);
    const postings = new PostingPeriods(organizations);
    const elsewhere = new OrganizationStreams(store, () => undefined, clock);
    await append(volunteerStream('v-1'), registered('v-1'), 'no_stream');
    const activity = anActivity({ autoConfirm: true });
    const service = async (sessionId: string, hour: number) => {
      const start = Date.parse(activity.startsAt) + hour * HOUR_MS;
      await volunteers.handle(
        context,
        'v-1',
        checkIn(sessionId, new Date(start).toISOString(), NOW, activity),
      );
      const { events } = await volunteers.handle(
        context,
        'v-1',
        (now, postingDays: number) => ({
          ...checkOut(new Date(start + HOUR_MS / 2).toISOString(), now),
          data: { ...checkOut(new Date(start + HOUR_MS / 2).toISOString(), now).data, postingDays },
        }),
        { facts: (fresh) => postings.daysFor(activity.organizationPath, fresh) },
      );
      const confirmed = events.find((event) => event.type === 'SessionConfirmed');
      if (confirmed?.type !== 'SessionConfirmed') throw new Error('the check-out confirmed nothing');
      return confirmed.data.postedUntil ?? null;
    };

    expect(await service('s-1', 0)).toBeNull();
    const organizationReads = reads.get('organization') ?? 0;
    expect(organizationReads).toBe(4); // the path's four streams, read once each
    expect(await service('s-2', 1)).toBeNull();
    expect(reads.get('organization')).toBe(organizationReads);

    // Set elsewhere, the setting is not in this process's kept states: the append is refused for it, and
    // the check-out decided again on the path read from the store.
    await elsewhere.handle(context, 'hetang', {
      type: 'SetPostingPeriod',
      data: { organizationId: 'hetang', days: 3, actor: anActor('zz', ['admin']) },
    });
    expect(await service('s-3', 2)).toBe('2024-07-04T06:00:00.000Z');
    expect(reads.get('organization')).toBe(organizationReads + 4);
    const stored = await store.readStream(volunteerStream('v-1'));
    expect(stored.filter((event) => event.type === 'SessionConfirmed')).toHaveLength(3);
    // Kept again, the new setting applies without reading.
    expect(await service('s-4', 3)).toBe('2024-07-04T06:00:00.000Z');
    expect(reads.get('organization')).toBe(organizationReads + 4);
  });
});

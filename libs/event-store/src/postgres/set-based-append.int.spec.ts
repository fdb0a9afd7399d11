import { createSqlClient, type SqlClient } from '@vl/sql';
import { postgresSkipReason, testDatabaseUrl, uniqueSchema } from '@vl/testing';
import { PostgresEventStore } from './postgres-event-store.js';

/** A small deterministic generator, so a failing group can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Item {
  s: string;
  x: string;
  e: { id: string; type: string; data: object; metadata: object }[];
  k?: { h: string; r: string };
  u?: { s: string; v: number }[];
}

const STREAMS = ['volunteer-a', 'volunteer-b', 'volunteer-c', 'volunteer-d', 'activity-e', 'activity-f'];

interface Spoilers {
  readonly revisions: Map<string, number>;
  readonly event: () => Item['e'][number];
  /** A key of an earlier group, bound by now unless its append was refused. */
  readonly earlier: { h: string; r: string } | undefined;
}

/** Changes one thing in a group of independent appends, each its own way of not being independent. */
function spoil(items: Item[], how: number, { revisions, event, earlier }: Spoilers): void {
  const first = items[0] as Item;
  const last = items[items.length - 1] as Item;
  const other = STREAMS.find((stream) => !items.some((item) => item.s === stream)) ?? 'volunteer-z';
  switch (how) {
    case 0: // an append of the group's first stream again, at the revision it will then have
      items.push({ s: first.s, x: String((revisions.get(first.s) ?? -1) + first.e.length), e: [event()] });
      break;
    case 1: // the last append reads the first one's stream, which the group appends
      last.u = [{ s: first.s, v: revisions.get(first.s) ?? -1 }];
      break;
    case 2: // a read of a stream the group does not append, no longer at the revision read
      last.u = [{ s: other, v: (revisions.get(other) ?? -1) + 1 }];
      break;
    case 3: // a read of a stream the group does not append, unchanged: still independent
      last.u = [{ s: other, v: revisions.get(other) ?? -1 }];
      break;
    case 4: // one key twice in the group, with two bodies
      if (first.k) last.k = { h: first.k.h, r: `${first.k.r}-other` };
      break;
    case 5: // an event id twice in the group
      last.e = [{ ...(first.e[0] as Item['e'][number]), type: 'CheckedOut' }];
      break;
    case 6: // a wrong expected revision
      last.x = String((revisions.get(last.s) ?? 0) + 5);
      break;
    case 7: // an append of no events
      last.e = [];
      break;
    case 8: // a key bound before to another body
      if (earlier) last.k = { h: earlier.h, r: `${earlier.r}-other` };
      break;
    default: // loose expectations
      last.x = revisions.has(last.s) ? 'stream_exists' : 'any';
  }
}

/**
 * Groups of appends of every kind the loop answers: independent ones (each its own stream, right
 * revision, new ids and keys), and groups with retries of stored appends, ids stored elsewhere, a key bound
 * to another body, wrong and loose expected revisions, stale and same-group reads, one stream twice, and
 * appends of no events.
 */
function groups(seed: number, count: number, revisionOf: () => Promise<Map<string, number>>) {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hex = (length: number): string =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const stored: Item[] = [];
  const keys: { h: string; r: string }[] = [];
  const event = () => ({
    id: uuid(),
    type: pick(['CheckedIn', 'CheckedOut']),
    data: { n: Math.floor(random() * 1000), note: pick(['社区', 'park', '']) },
    metadata: { actor: 'tester', correlationId: uuid() },
  });
  return {
    stored,
    async *[Symbol.asyncIterator](): AsyncGenerator<{ items: Item[]; independent: boolean }> {
      for (let index = 0; index < count; index += 1) {
        const revisions = await revisionOf();
        const expectedOf = (stream: string): string => String(revisions.get(stream) ?? 'no_stream');
        const size = 1 + Math.floor(random() * 6);
        const items: Item[] = [];
        const earlier = keys.length > 0 ? pick(keys) : undefined;
        const mode = random();
        const independent = mode < 0.4;
        if (mode < 0.75) {
          const streams = [...STREAMS].sort(() => random() - 0.5).slice(0, size);
          for (const s of streams) {
            const key = { h: uuid(), r: uuid() };
            keys.push(key);
            items.push({ s, x: expectedOf(s), e: [event(), ...(random() < 0.3 ? [event()] : [])], k: key });
          }
          // Otherwise independent, but for one thing that makes its appends depend on the store or each other.
          if (!independent) spoil(items, Math.floor(random() * 10), { revisions, event, earlier });
        } else {
          for (let n = 0; n < size; n += 1) {
            const roll = random();
            if (roll < 0.12 && stored.length > 0) {
              items.push(structuredClone(pick(stored))); // a retry of a stored append
              continue;
            }
            const s = pick(STREAMS);
            const item: Item = {
              s,
              x:
                roll < 0.55
                  ? expectedOf(s)
                  : pick(['any', 'no_stream', 'stream_exists', '0', String((revisions.get(s) ?? 0) + 3)]),
              e: random() < 0.1 ? [] : [event(), ...(random() < 0.3 ? [event()] : [])],
            };
            if (random() < 0.1 && stored.length > 0) {
              const elsewhere = pick(stored).e[0];
              if (elsewhere !== undefined) item.e = [{ ...elsewhere }];
            }
            const keyRoll = random();
            if (keyRoll < 0.5) {
              const key = { h: uuid(), r: uuid() };
              keys.push(key);
              item.k = key;
            } else if (keyRoll < 0.65 && keys.length > 0) item.k = { ...pick(keys) };
            else if (keyRoll < 0.75 && keys.length > 0) item.k = { h: pick(keys).h, r: uuid() };
            if (random() < 0.3) {
              const read = pick(STREAMS);
              item.u = [{ s: read, v: random() < 0.7 ? (revisions.get(read) ?? -1) : 7 }];
            }
            items.push(item);
          }
        }
        stored.push(...items.filter((item) => item.e.length > 0));
        yield { items, independent };
      }
    },
  };
}

interface Row {
  slot: number;
  outcome: string;
  stream_revision: string | null;
  stream_position: string | null;
  conflicting_id: string | null;
  stale_stream: string | null;
}

async function tables(sql: SqlClient): Promise<unknown> {
  const events = await sql.query(
    `select position, stream_name, revision, event_id, type, data, metadata from es_events order by position`,
  );
  const streams = await sql.query(`select stream_name, revision from es_streams order by stream_name`);
  const keys = await sql.query(
    `select key_hash, request_hash, stream_name from es_request_keys order by key_hash`,
  );
  return { events: events.rows, streams: streams.rows, keys: keys.rows };
}

async function compareWithTheLoop(open: () => Promise<SqlClient>): Promise<void> {
  const set = await open();
  const loop = await open();
  try {
    await PostgresEventStore.create(set);
    await PostgresEventStore.create(loop);
    const revisionOf = async (): Promise<Map<string, number>> => {
      const { rows } = await set.query<{ stream_name: string; revision: string }>(
        `select stream_name, revision from es_streams`,
      );
      return new Map(rows.map((row) => [row.stream_name, Number(row.revision)]));
    };
    let independentGroups = 0;
    let refusals = 0;
    for await (const { items, independent } of groups(20261206, 300, revisionOf)) {
      const batch = JSON.stringify(items);
      const bySet = await set.query<Row>(`select * from es_append($1::jsonb) order by slot`, [batch]);
      const byLoop = await loop.query<Row>(`select * from es_append_each($1::jsonb) order by slot`, [batch]);
      expect({ items, rows: bySet.rows }).toEqual({ items, rows: byLoop.rows });
      if (independent) {
        independentGroups += 1;
        expect(bySet.rows.map((row) => row.outcome)).toEqual(items.map(() => 'ok'));
      }
      refusals += bySet.rows.filter((row) => row.outcome !== 'ok').length;
    }
    // Both kinds of group were tried: the set path's and the loop's refusals and retries.
    expect(independentGroups).toBeGreaterThan(50);
    expect(refusals).toBeGreaterThan(50);
    expect(await tables(set)).toEqual(await tables(loop));
  } finally {
    await set.close();
    await loop.close();
  }
}

describe('es_append as a set', () => {
  it('answers and stores exactly what the loop does, group for group, on PGlite', async () => {
    await compareWithTheLoop(() => createSqlClient({ dataDir: 'memory://', schema: 'event_store' }));
  }, 120_000);

  const databaseUrl = testDatabaseUrl();
  const skip = databaseUrl ? postgresSkipReason() : (postgresSkipReason() ?? 'no PostgreSQL URL');
  (skip ? it.skip : it)(
    'answers and stores exactly what the loop does, on the PostgreSQL server',
    async () => {
      const schemas: string[] = [];
      try {
        await compareWithTheLoop(async () => {
          const schema = uniqueSchema('es_set_append');
          schemas.push(schema);
          return createSqlClient({ databaseUrl: databaseUrl ?? '', schema, poolSize: 1 });
        });
      } finally {
        const admin = await createSqlClient({
          databaseUrl: databaseUrl ?? '',
          schema: 'public',
          poolSize: 1,
        });
        for (const schema of schemas) await admin.exec(`drop schema if exists ${schema} cascade`);
        await admin.close();
      }
    },
    120_000,
  );
});

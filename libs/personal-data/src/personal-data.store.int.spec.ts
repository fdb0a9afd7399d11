import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { testDatabaseUrl, uniqueSchema } from '@vl/testing';
import { keyRing } from './envelope-cipher.js';
import { loadMasterKeyRing } from './master-key.loader.js';
import { PERSONAL_DATA_MIGRATIONS } from './personal-data.migrations.js';
import { PersonalDataStore } from './personal-data.store.js';
import { type PersonalRecord } from './personal-record.js';

const minor: PersonalRecord = {
  name: '张小青',
  birthDate: '2011-03-14',
  phone: '13812345678',
  identityNumber: '43020220110314123X',
  guardian: { name: '张大山', phone: '13912345678', relation: '父亲', consentedOn: '2026-11-20' },
};
const PLAINTEXTS = [
  '张小青',
  '小青',
  '2011-03-14',
  '20110314',
  '13812345678',
  '43020220110314123X',
  '张大山',
];

/** Every byte of the table as PostgreSQL would hand it to anyone with read access, as text. */
async function rawTable(sql: SqlClient): Promise<string> {
  const { rows } = await sql.query<{ dump: string }>(
    `select coalesce(string_agg(row_to_json(p)::text, E'\\n'), '') as dump from pd_people p`,
  );
  const text = rows[0]?.dump ?? '';
  // bytea comes out hex-encoded: decode every \x run too, so a plaintext inside a bytea is found.
  const decoded = [...text.matchAll(/\\\\x([0-9a-f]+)/g)]
    .map((match) => Buffer.from(match[1] ?? '', 'hex').toString('utf8'))
    .join('\n');
  return `${text}\n${decoded}`;
}

const databases: Array<[string, () => Promise<SqlClient>]> = [
  ['PGlite', () => createSqlClient({ dataDir: 'memory://', schema: uniqueSchema('pd') })],
];
const url = testDatabaseUrl();
if (url)
  databases.push(['PostgreSQL', () => createSqlClient({ databaseUrl: url, schema: uniqueSchema('pd') })]);

describe.each(databases)('personal-data store on %s', (_name, connect) => {
  let sql: SqlClient;
  const suiteKey = randomBytes(32);
  const ring = keyRing(suiteKey);

  beforeAll(async () => {
    sql = await connect();
    await runMigrations(sql, 'personal-data', PERSONAL_DATA_MIGRATIONS);
  });
  afterAll(async () => {
    await sql.close();
  });

  it('keeps no plaintext in its table and opens the record with the master key', async () => {
    const store = new PersonalDataStore(sql, ring);
    await store.put('v-minor', ['city', 'district'], minor);
    const raw = await rawTable(sql);
    expect(raw).toContain('v-minor');
    for (const plaintext of PLAINTEXTS) expect(raw).not.toContain(plaintext);
    expect(await store.find('v-minor')).toEqual({
      status: 'present',
      record: minor,
      organizationPath: ['city', 'district'],
    });
  });

  it('cannot open a record under another master key', async () => {
    await new PersonalDataStore(sql, ring).put('v-other-key', ['city'], minor);
    await expect(new PersonalDataStore(sql, keyRing(randomBytes(32))).find('v-other-key')).rejects.toThrow(
      /no master key/,
    );
  });

  it('erases by destroying the wrapped data key, once, and refuses to store again', async () => {
    const store = new PersonalDataStore(sql, ring);
    await store.put('v-erased', ['city'], minor);
    const note = { by: 'admin:city', reason: 'the volunteer asked', at: '2026-12-02T08:00:00.000Z' };
    expect(await store.erase('v-erased', ['city'], note)).toBe(true);
    expect(await store.erase('v-erased', ['city'], { ...note, by: 'someone-else' })).toBe(false);
    await store.put('v-erased', ['city'], minor);
    const { rows } = await sql.query<{ wrapped_key: unknown; record: unknown; erased_by: string }>(
      `select wrapped_key, record, erased_by from pd_people where volunteer_id = 'v-erased'`,
    );
    expect(rows).toEqual([{ wrapped_key: null, record: null, erased_by: 'admin:city' }]);
    expect(await store.find('v-erased')).toMatchObject({ status: 'erased', erasedBy: 'admin:city' });
    expect((await store.findMany(['v-nobody'])).get('v-nobody')).toEqual({ status: 'absent' });
  });

  it('re-wraps data keys under a new master key, after which the old one is not needed', async () => {
    const old = randomBytes(32);
    await new PersonalDataStore(sql, keyRing(old)).put('v-rotated', ['city'], minor);
    const fresh = randomBytes(32);
    const rotating = new PersonalDataStore(sql, keyRing(fresh, [old, suiteKey]));
    expect(await rotating.rewrapRetiredKeys()).toBeGreaterThanOrEqual(1);
    const after = new PersonalDataStore(sql, keyRing(fresh));
    expect(await after.find('v-rotated')).toMatchObject({ status: 'present', record: minor });
  });

  it('finds people by exact full name through the blind index, not once erased, and across a rotation', async () => {
    const store = new PersonalDataStore(sql, ring);
    const named = (name: string): PersonalRecord => ({ ...minor, name, guardian: null });
    await store.put('v-name-1', ['city'], named('欧阳 明月'));
    await store.put('v-name-2', ['city'], named('欧阳明月'));
    await store.put('v-name-3', ['city'], named('Ouyang Mingyue'));
    expect(await store.idsNamed('欧阳 明月')).toEqual(['v-name-1']);
    expect(await store.idsNamed('  欧阳   明月 ')).toEqual(['v-name-1']);
    expect(await store.idsNamed('ＯＵＹＡＮＧ mingyue')).toEqual(['v-name-3']);
    expect(await store.idsNamed('欧阳')).toEqual([]);
    expect(await store.idsNamed('')).toEqual([]);
    expect(await rawTable(sql)).not.toContain('Ouyang');
    // Another master key derives another index key: the name is not found without the right key.
    expect(await new PersonalDataStore(sql, keyRing(randomBytes(32))).idsNamed('欧阳明月')).toEqual([]);

    await store.erase('v-name-2', ['city'], {
      by: 'v-name-2',
      reason: 'own request',
      at: new Date().toISOString(),
    });
    expect(await store.idsNamed('欧阳明月')).toEqual([]);
    const { rows } = await sql.query<{ name_index: unknown }>(
      `select name_index from pd_people where volunteer_id = 'v-name-2'`,
    );
    expect(rows[0]?.name_index).toBeNull();

    // Only this test's people take part in the rotation below.
    await sql.query(`delete from pd_people where volunteer_id not like 'v-name-%'`);
    const fresh = randomBytes(32);
    const rotating = new PersonalDataStore(sql, keyRing(fresh, [suiteKey]));
    expect(await rotating.idsNamed('欧阳 明月')).toEqual(['v-name-1']);
    await rotating.rewrapRetiredKeys();
    expect(await new PersonalDataStore(sql, keyRing(fresh)).idsNamed('欧阳 明月')).toEqual(['v-name-1']);
  });

  it('indexes names stored before the index existed', async () => {
    const store = new PersonalDataStore(sql, ring);
    await store.put('v-unindexed', ['city'], { ...minor, name: '司马 长风' });
    await sql.query(`update pd_people set name_index = null where volunteer_id = 'v-unindexed'`);
    expect(await store.idsNamed('司马 长风')).toEqual([]);
    expect(await store.indexNames()).toBeGreaterThanOrEqual(1);
    expect(await store.idsNamed('司马 长风')).toEqual(['v-unindexed']);
  });

  it('logs unmasked reads and lists them for a subtree only', async () => {
    const store = new PersonalDataStore(sql, ring);
    await store.logRead({
      actor: 'admin:d1',
      volunteerId: 'v-a',
      organizationPath: ['city', 'd1'],
      route: 'GET /a',
    });
    await store.logRead({
      actor: 'admin:d2',
      volunteerId: 'v-b',
      organizationPath: ['city', 'd2'],
      route: 'GET /b',
    });
    expect((await store.readsWithin('d1', 10)).map((read) => read.volunteerId)).toEqual(['v-a']);
    expect((await store.readsWithin('city', 10)).map((read) => read.volunteerId)).toEqual(['v-b', 'v-a']);
    expect((await store.readsWithin('*', 10)).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the reads of the asked calendar days in the programme zone', async () => {
    const store = new PersonalDataStore(sql, ring);
    await store.logRead({ actor: 'admin:d3', volunteerId: 'v-c', organizationPath: ['d3'], route: 'GET /c' });
    const timeZone = 'Asia/Shanghai';
    const day = new Intl.DateTimeFormat('en-CA', { timeZone });
    const today = day.format(new Date());
    const yesterday = day.format(new Date(Date.now() - 86_400_000));
    const ids = async (days: { from?: string; to?: string }) =>
      (await store.readsWithin('d3', 10, undefined, { ...days, timeZone })).map((read) => read.volunteerId);
    expect(await ids({ from: today, to: today })).toEqual(['v-c']);
    expect(await ids({ from: today })).toEqual(['v-c']);
    expect(await ids({ to: yesterday })).toEqual([]);
    expect(await ids({ from: yesterday, to: yesterday })).toEqual([]);
  });
});

describe('master key loading', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pd-key-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a key file on first start with owner-only access, and reads the same key next time', async () => {
    const file = join(dir, 'personal-data.key');
    const first = await loadMasterKeyRing({ keyFile: file });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await loadMasterKeyRing({ keyFile: file })).active.id).toBe(first.active.id);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toHaveLength(32);
  });

  it('prefers the configured key and refuses one of the wrong length', async () => {
    const key = randomBytes(32).toString('base64');
    expect((await loadMasterKeyRing({ masterKey: key, keyFile: join(dir, 'unused.key') })).active.id).toBe(
      keyRing(Buffer.from(key, 'base64')).active.id,
    );
    await expect(loadMasterKeyRing({ masterKey: randomBytes(16).toString('base64') })).rejects.toThrow(
      /PERSONAL_DATA_MASTER_KEY must be 32 bytes/,
    );
  });
});

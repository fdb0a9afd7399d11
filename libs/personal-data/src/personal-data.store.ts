import { type SqlClient, type SqlExecutor } from '@vl/sql';
import { findMasterKey, type MasterKeyRing, newDataKey, open, seal } from './envelope-cipher.js';
import { nameIndex } from './name-index.js';
import { type PersonalRecord } from './personal-record.js';

export type StoredPerson =
  | { readonly status: 'present'; readonly record: PersonalRecord; readonly organizationPath: string[] }
  | {
      readonly status: 'erased';
      readonly erasedAt: string;
      readonly erasedBy: string;
      readonly organizationPath: string[];
    }
  | { readonly status: 'absent' };

/** Calendar days (YYYY-MM-DD, both included) in a time zone. */
export interface ReadDays {
  readonly from?: string;
  readonly to?: string;
  readonly timeZone: string;
}

export interface ErasureNote {
  readonly by: string;
  readonly reason: string;
  readonly at: string;
}

export interface PersonalDataRead {
  readonly actor: string;
  readonly volunteerId: string;
  readonly organizationPath: readonly string[];
  readonly route: string;
}

export interface LoggedRead extends Omit<PersonalDataRead, 'organizationPath'> {
  readonly id: number;
  readonly readAt: string;
}

interface PersonRow {
  volunteer_id: string;
  organization_path: string[];
  key_id: string | null;
  wrapped_key: Uint8Array | null;
  record: Uint8Array | null;
  erased_at: Date | string | null;
  erased_by: string | null;
}

const dataKeyLabel = (volunteerId: string): string => `data-key:${volunteerId}`;
const recordLabel = (volunteerId: string): string => `person:${volunteerId}`;
const iso = (value: Date | string): string => new Date(value).toISOString();

/** Personal data apart from the events, each person's record under their own AES-256-GCM data key. */
export class PersonalDataStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly keys: MasterKeyRing,
  ) {}

  /** Stores (or replaces, until erased) a person's record under a fresh data key. */
  async put(volunteerId: string, organizationPath: readonly string[], record: PersonalRecord): Promise<void> {
    await this.write(this.sql, volunteerId, organizationPath, record);
  }

  async find(volunteerId: string): Promise<StoredPerson> {
    return (await this.findMany([volunteerId])).get(volunteerId) ?? { status: 'absent' };
  }

  /** Every id asked for, present, erased or absent. */
  async findMany(volunteerIds: readonly string[]): Promise<Map<string, StoredPerson>> {
    const found = new Map<string, StoredPerson>();
    const unique = [...new Set(volunteerIds)];
    if (unique.length === 0) return found;
    const { rows } = await this.sql.query<PersonRow>(
      `select volunteer_id, organization_path, key_id, wrapped_key, record, erased_at, erased_by
         from pd_people where volunteer_id = any($1)`,
      [unique],
    );
    for (const row of rows) found.set(row.volunteer_id, this.opened(row));
    for (const id of unique) if (!found.has(id)) found.set(id, { status: 'absent' });
    return found;
  }

  /**
   * Crypto-shredding: the wrapped data key, the sealed record and the name index are overwritten with nulls
   * in one statement, so nothing that could open the record remains. Erasing twice changes nothing.
   */
  async erase(volunteerId: string, organizationPath: readonly string[], note: ErasureNote): Promise<boolean> {
    const { rowCount } = await this.sql.query(
      `insert into pd_people (volunteer_id, organization_path, erased_at, erased_by, erase_reason)
       values ($1, $2, $3, $4, $5)
       on conflict (volunteer_id) do update
         set key_id = null, wrapped_key = null, record = null, name_index = null,
             erased_at = excluded.erased_at, erased_by = excluded.erased_by, erase_reason = excluded.erase_reason
         where pd_people.erased_at is null`,
      [volunteerId, organizationPath, note.at, note.by, note.reason],
    );
    return rowCount > 0;
  }

  /** Re-wraps every data key still under a retired master key with the active one; returns how many. */
  async rewrapRetiredKeys(): Promise<number> {
    const { rows } = await this.sql.query<PersonRow>(
      `select volunteer_id, key_id, wrapped_key, record from pd_people
        where wrapped_key is not null and key_id <> $1`,
      [this.keys.active.id],
    );
    let count = 0;
    for (const row of rows) {
      if (row.wrapped_key === null || row.key_id === null) continue;
      const master = findMasterKey(this.keys, row.key_id);
      if (!master) throw new Error(`no master key ${row.key_id} to re-wrap ${row.volunteer_id}'s data key`);
      const label = dataKeyLabel(row.volunteer_id);
      const person = this.opened({ ...row, organization_path: [], erased_at: null, erased_by: null });
      const dataKey = open(master.key, Buffer.from(row.wrapped_key), label);
      // The name index moves to the active key with the data key, so it still finds the person once the
      // retired key is gone.
      const index = person.status === 'present' ? nameIndex(this.keys.active, person.record.name) : null;
      const { rowCount } = await this.sql.query(
        `update pd_people set key_id = $2, wrapped_key = $3, name_index = $5
          where volunteer_id = $1 and key_id = $4 and wrapped_key is not null`,
        [
          row.volunteer_id,
          this.keys.active.id,
          seal(this.keys.active.key, dataKey, label),
          row.key_id,
          index,
        ],
      );
      dataKey.fill(0);
      count += rowCount;
    }
    return count;
  }

  /** Indexes the names of people stored before the name index existed; returns how many. */
  async indexNames(): Promise<number> {
    const { rows } = await this.sql.query<PersonRow>(
      `select volunteer_id, organization_path, key_id, wrapped_key, record, erased_at, erased_by
         from pd_people where name_index is null and record is not null and erased_at is null`,
    );
    let count = 0;
    for (const row of rows) {
      const person = this.opened(row);
      if (person.status !== 'present' || row.key_id === null) continue;
      const { rowCount } = await this.sql.query(
        `update pd_people set name_index = $3 where volunteer_id = $1 and key_id = $2 and erased_at is null`,
        [row.volunteer_id, row.key_id, nameIndex(this.keys.active, person.record.name)],
      );
      count += rowCount;
    }
    return count;
  }

  /**
   * The people (not erased) whose full name is exactly `name` once normalised (case, width and spacing
   * aside), found through the name index without opening any record.
   */
  async idsNamed(name: string): Promise<string[]> {
    const indexes = [this.keys.active, ...this.keys.retired]
      .map((key) => nameIndex(key, name))
      .filter((index): index is Buffer => index !== null);
    if (indexes.length === 0) return [];
    const { rows } = await this.sql.query<{ volunteer_id: string }>(
      `select volunteer_id from pd_people
        where name_index = any($1::bytea[]) and erased_at is null and record is not null
        order by volunteer_id`,
      [indexes],
    );
    return rows.map((row) => row.volunteer_id);
  }

  async logRead(read: PersonalDataRead): Promise<void> {
    await this.sql.query(
      `insert into pd_reads (actor, volunteer_id, organization_path, route) values ($1, $2, $3, $4)`,
      [read.actor, read.volunteerId, read.organizationPath, read.route],
    );
  }

  /**
   * The unmasked reads of people within an organisation's subtree ('*': every one), newest first; `days`
   * keeps those read on the calendar days from `from` to `to` (both included) in `timeZone`.
   */
  async readsWithin(
    organizationId: string,
    limit: number,
    beforeId?: number,
    days?: ReadDays,
  ): Promise<LoggedRead[]> {
    const { rows } = await this.sql.query<{
      id: number;
      actor: string;
      volunteer_id: string;
      route: string;
      read_at: Date | string;
    }>(
      `select id, actor, volunteer_id, route, read_at from pd_reads
        where ($1 = '*' or organization_path @> array[$1]::text[]) and ($2::bigint is null or id < $2)
          and ($4::date is null or read_at >= ($4::date::timestamp at time zone $6::text))
          and ($5::date is null or read_at < (($5::date + 1)::timestamp at time zone $6::text))
        order by id desc limit $3`,
      [
        organizationId,
        beforeId ?? null,
        limit,
        days?.from ?? null,
        days?.to ?? null,
        days?.timeZone ?? 'UTC',
      ],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      actor: row.actor,
      volunteerId: row.volunteer_id,
      route: row.route,
      readAt: iso(row.read_at),
    }));
  }

  /** The unmasked reads of one person's data, newest first: part of their copy. */
  async readsOf(volunteerId: string, limit: number): Promise<LoggedRead[]> {
    const { rows } = await this.sql.query<{
      id: number;
      actor: string;
      volunteer_id: string;
      route: string;
      read_at: Date | string;
    }>(
      `select id, actor, volunteer_id, route, read_at from pd_reads where volunteer_id = $1
        order by id desc limit $2`,
      [volunteerId, limit],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      actor: row.actor,
      volunteerId: row.volunteer_id,
      route: row.route,
      readAt: iso(row.read_at),
    }));
  }

  private async write(
    executor: SqlExecutor,
    volunteerId: string,
    organizationPath: readonly string[],
    record: PersonalRecord,
  ): Promise<void> {
    const dataKey = newDataKey();
    const sealed = seal(dataKey, Buffer.from(JSON.stringify(record), 'utf8'), recordLabel(volunteerId));
    const wrapped = seal(this.keys.active.key, dataKey, dataKeyLabel(volunteerId));
    dataKey.fill(0);
    await executor.query(
      `insert into pd_people (volunteer_id, organization_path, key_id, wrapped_key, record, name_index)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (volunteer_id) do update
         set organization_path = excluded.organization_path, key_id = excluded.key_id,
             wrapped_key = excluded.wrapped_key, record = excluded.record, name_index = excluded.name_index,
             stored_at = now()
         where pd_people.erased_at is null`,
      [
        volunteerId,
        organizationPath,
        this.keys.active.id,
        wrapped,
        sealed,
        nameIndex(this.keys.active, record.name),
      ],
    );
  }

  private opened(row: PersonRow): StoredPerson {
    if (row.erased_at !== null || row.wrapped_key === null || row.record === null || row.key_id === null) {
      return {
        status: 'erased',
        erasedAt: iso(row.erased_at ?? new Date(0)),
        erasedBy: row.erased_by ?? '',
        organizationPath: row.organization_path,
      };
    }
    const master = findMasterKey(this.keys, row.key_id);
    if (!master) throw new Error(`no master key ${row.key_id} for ${row.volunteer_id}'s data key`);
    const dataKey = open(master.key, Buffer.from(row.wrapped_key), dataKeyLabel(row.volunteer_id));
    const plain = open(dataKey, Buffer.from(row.record), recordLabel(row.volunteer_id));
    dataKey.fill(0);
    return {
      status: 'present',
      record: JSON.parse(plain.toString('utf8')) as PersonalRecord,
      organizationPath: row.organization_path,
    };
  }
}

/** The birth dates the rules need, for the people who still have them (not erased, not absent). */
export async function birthDatesOf(
  store: PersonalDataStore,
  volunteerIds: readonly string[],
): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  for (const [id, person] of await store.findMany(volunteerIds)) {
    if (person.status === 'present') dates.set(id, person.record.birthDate);
  }
  return dates;
}

import {
  decodeEvent,
  type UpcasterRegistry,
  foldVolunteer,
  initialVolunteerState,
  isVolunteerStreamEvent,
  volunteerStream,
  type VolunteerBalance,
  type VolunteerState,
  type VolunteerStreamEvent,
} from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { type SqlClient } from '@vl/sql';
import { unseenVolunteer, type PublishedVolunteer } from './published-volunteer.js';
import {
  packVolunteerState,
  unpackVolunteerState,
  type PackedVolunteerState,
} from './volunteer-state-codec.js';

/** The stored form of everything but the balance. */
interface Derived extends Omit<PublishedVolunteer, 'balance' | 'volunteer'> {
  readonly volunteer: PackedVolunteerState;
}

interface Row {
  volunteer_id: string;
  balance: VolunteerBalance | string;
  derived: string | null;
}

const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** The publisher's checkpoint and folded volunteer state in SQL, each publisher under its own name. */
export class PublisherStateStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly name: string,
    /** Where the state of a row stored before derived state was kept is rebuilt from. */
    private readonly history?: Pick<EventStore, 'readStream'>,
    private readonly upcasters?: UpcasterRegistry,
  ) {}

  async readCheckpoint(): Promise<number> {
    const { rows } = await this.sql.query<{ position: string | number }>(
      'select position from publisher_checkpoints where name = $1',
      [this.name],
    );
    return rows[0] ? Number(rows[0].position) : 0;
  }

  /** The stored state of the volunteers; `before` is the first position of the batch about to be planned. */
  async loadVolunteers(
    volunteerIds: readonly string[],
    before = Number.POSITIVE_INFINITY,
  ): Promise<Map<string, PublishedVolunteer>> {
    const volunteers = new Map<string, PublishedVolunteer>();
    if (volunteerIds.length === 0) return volunteers;
    const { rows } = await this.sql.query<Row>(
      `select volunteer_id, balance, derived from publisher_balances
       where publisher = $1 and volunteer_id = any($2::text[])`,
      [this.name, volunteerIds],
    );
    for (const row of rows) {
      // A row from before derived state was kept: the balance carries on, the volunteer's state is rebuilt
      // from the stream; certificates issued before then are not followed.
      const balance = parsed(row.balance);
      if (row.derived === null) {
        const volunteer = await this.rebuild(row.volunteer_id, before);
        volunteers.set(row.volunteer_id, { ...unseenVolunteer(row.volunteer_id), balance, volunteer });
        continue;
      }
      const derived = JSON.parse(row.derived) as Derived;
      volunteers.set(row.volunteer_id, {
        balance,
        volunteer: unpackVolunteerState(derived.volunteer),
        eligibility: derived.eligibility,
        certificates: derived.certificates,
      });
    }
    return volunteers;
  }

  private async rebuild(volunteerId: string, before: number): Promise<VolunteerState> {
    if (!this.history) return initialVolunteerState;
    const events: VolunteerStreamEvent[] = [];
    for (const recorded of await this.history.readStream(volunteerStream(volunteerId))) {
      if (recorded.position >= before) break;
      const decoded = decodeEvent(recorded, this.upcasters);
      if (decoded && isVolunteerStreamEvent(decoded.event)) events.push(decoded.event);
    }
    return foldVolunteer(initialVolunteerState, events);
  }

  /** Stores the volunteers' state and moves the checkpoint, atomically; called only after the broker acknowledged. */
  async commit(position: number, volunteers: ReadonlyMap<string, PublishedVolunteer>): Promise<void> {
    const rows = [...volunteers].map(([volunteerId, { balance, volunteer, eligibility, certificates }]) => {
      const derived: Derived = { volunteer: packVolunteerState(volunteer), eligibility, certificates };
      return { volunteer_id: volunteerId, balance, derived: JSON.stringify(derived) };
    });
    await this.sql.transaction(async (tx) => {
      if (rows.length > 0) {
        // One statement for the whole batch: a round trip per volunteer would dominate publishing time.
        await tx.query(
          `insert into publisher_balances (publisher, volunteer_id, balance, derived, position)
           select $1, r.volunteer_id, r.balance, r.derived, $3
           from jsonb_to_recordset($2::jsonb) as r(volunteer_id text, balance jsonb, derived text)
           on conflict (publisher, volunteer_id) do update
             set balance = excluded.balance, derived = excluded.derived, position = excluded.position`,
          [this.name, JSON.stringify(rows), position],
        );
      }
      await tx.query(
        `insert into publisher_checkpoints (name, position, updated_at) values ($1, $2, now())
         on conflict (name) do update set position = excluded.position, updated_at = excluded.updated_at`,
        [this.name, position],
      );
    });
  }
}

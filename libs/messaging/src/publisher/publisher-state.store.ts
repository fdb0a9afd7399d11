import { type VolunteerBalance } from '@vl/domain';
import { type SqlClient } from '@vl/event-store';

/** The publisher's checkpoint and folded balances in SQL, each publisher under its own name. */
export class PublisherStateStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly name: string,
  ) {}

  async readCheckpoint(): Promise<number> {
    const { rows } = await this.sql.query<{ position: string | number }>(
      'select position from publisher_checkpoints where name = $1',
      [this.name],
    );
    return rows[0] ? Number(rows[0].position) : 0;
  }

  async loadBalances(volunteerIds: readonly string[]): Promise<Map<string, VolunteerBalance>> {
    const balances = new Map<string, VolunteerBalance>();
    if (volunteerIds.length === 0) return balances;
    const { rows } = await this.sql.query<{ volunteer_id: string; balance: VolunteerBalance | string }>(
      'select volunteer_id, balance from publisher_balances where publisher = $1 and volunteer_id = any($2::text[])',
      [this.name, volunteerIds],
    );
    for (const row of rows) {
      balances.set(
        row.volunteer_id,
        typeof row.balance === 'string' ? (JSON.parse(row.balance) as VolunteerBalance) : row.balance,
      );
    }
    return balances;
  }

  /** Stores the balances and moves the checkpoint, atomically; called only after the broker acknowledged. */
  async commit(position: number, balances: ReadonlyMap<string, VolunteerBalance>): Promise<void> {
    const rows = [...balances.values()].map((balance) => ({ volunteer_id: balance.volunteerId, balance }));
    await this.sql.transaction(async (tx) => {
      if (rows.length > 0) {
        // One statement for the whole batch: a round trip per volunteer would dominate publishing time.
        await tx.query(
          `insert into publisher_balances (publisher, volunteer_id, balance, position)
           select $1, r.volunteer_id, r.balance, $3
           from jsonb_to_recordset($2::jsonb) as r(volunteer_id text, balance jsonb)
           on conflict (publisher, volunteer_id) do update set balance = excluded.balance, position = excluded.position`,
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

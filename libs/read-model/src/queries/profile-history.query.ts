import { type LeagueStatus, type ProfileChangeKind } from '@vl/domain';
import { type SqlClient } from '@vl/sql';
import { iso } from './ledger.query.js';

export interface ProfileChangeItem {
  readonly kind: ProfileChangeKind;
  readonly previousValue: string | null;
  readonly value: string | null;
  /** YYYY-MM-DD in the programme's zone. */
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly eventId: string;
  readonly position: number;
}

interface ChangeRow {
  volunteer_id: string;
  kind: ProfileChangeKind;
  previous_value: string | null;
  value: string | null;
  effective_on: string;
  recorded_at: Date | string;
  actor: string;
  event_id: string;
  position: number | string;
}

/** The history of each volunteer's standing, and the standing on a given day as the ledger knew it then. */
export class ProfileHistoryQuery {
  constructor(private readonly sql: SqlClient) {}

  async changesOf(volunteerId: string): Promise<ProfileChangeItem[]> {
    const rows = await this.rows([volunteerId]);
    return rows.map(toItem);
  }

  /**
   * The league status of each volunteer on `date` (YYYY-MM-DD), counting only the changes recorded by
   * `knownAt` when given. A volunteer without changes keeps `current`. Changes of one kind take effect in
   * the order they were recorded (the decider refuses one dated before the last), so the status on a day is
   * the last known change effective by then, else what the first change replaced: the registration's.
   */
  async leagueStatusesOn(
    current: ReadonlyMap<string, LeagueStatus>,
    date: string,
    knownAt?: string,
  ): Promise<Map<string, LeagueStatus>> {
    const answer = new Map(current);
    const rows = (await this.rows([...current.keys()])).filter((row) => row.kind === 'leagueStatus');
    const byVolunteer = new Map<string, ChangeRow[]>();
    for (const row of rows)
      byVolunteer.set(row.volunteer_id, [...(byVolunteer.get(row.volunteer_id) ?? []), row]);
    const known = knownAt === undefined ? undefined : Date.parse(knownAt);
    for (const [volunteerId, changes] of byVolunteer) {
      const first = changes[0];
      if (!first) continue;
      let status = first.previous_value as LeagueStatus;
      for (const change of changes) {
        if (known !== undefined && Date.parse(iso(change.recorded_at)) > known) break;
        if (change.effective_on > date) break;
        status = change.value as LeagueStatus;
      }
      answer.set(volunteerId, status);
    }
    return answer;
  }

  private async rows(volunteerIds: readonly string[]): Promise<ChangeRow[]> {
    if (volunteerIds.length === 0) return [];
    const { rows } = await this.sql.query<ChangeRow>(
      `select volunteer_id, kind, previous_value, value, to_char(effective_on, 'YYYY-MM-DD') as effective_on,
         recorded_at, actor, event_id, position
       from rm_volunteer_profile_changes where volunteer_id = any($1::text[])
       order by volunteer_id, position`,
      [[...volunteerIds]],
    );
    return rows;
  }
}

function toItem(row: ChangeRow): ProfileChangeItem {
  return {
    kind: row.kind,
    previousValue: row.previous_value,
    value: row.value,
    effectiveOn: row.effective_on,
    recordedAt: iso(row.recorded_at),
    actor: row.actor,
    eventId: row.event_id,
    position: Number(row.position),
  };
}

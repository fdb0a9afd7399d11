import { type SqlClient } from '@vl/sql';

export interface AwardView {
  readonly awardId: string;
  readonly volunteerId: string;
  readonly organizationId: string;
  readonly policyId: string;
  readonly version: number;
  readonly tier: string;
  readonly unit: 'minutes' | 'points';
  readonly measured: number;
  readonly threshold: number;
  readonly evidence: string[];
  readonly note: string;
  readonly grantedAt: string;
  readonly grantedBy: string;
  /** When the ledger learned of the grant: the moment "as known at grant" refers to. */
  readonly recordedAt: string;
  readonly state: 'granted' | 'revoked';
  readonly revokedReason: string | null;
  readonly revokedAt: string | null;
}

/** An honour held at some moment, as the points calculator prices it. */
export interface HeldHonour {
  readonly policyId: string;
  readonly tier: string;
  readonly grantedAt: string;
}

export interface HonoursAsOf {
  /** Only honours granted before this instant. */
  readonly asOf?: string;
  /** Honours as the ledger knew them at this instant: granted by then and not yet revoked. */
  readonly asKnownAt?: string;
}

/** A session event recorded after some moment: what changed an award's evidence since its grant. */
export interface EntryChange {
  readonly entryId: string;
  readonly type: string;
  readonly state: string;
  readonly minutes: number;
  readonly reason: string | null;
  readonly actor: string;
  readonly recordedAt: string;
}

interface AwardRow {
  award_id: string;
  volunteer_id: string;
  organization_id: string;
  policy_id: string;
  version: number;
  tier: string;
  unit: 'minutes' | 'points';
  measured: string | number;
  threshold: string | number;
  evidence: string[];
  note: string;
  granted_at: Date | string;
  granted_by: string;
  recorded_at: Date | string;
  state: 'granted' | 'revoked';
  revoked_reason: string | null;
  revoked_at: Date | string | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Honours: what a volunteer holds (for points) and what a subtree holds (for integrity audits). */
export class AwardQuery {
  constructor(private readonly sql: SqlClient) {}

  /** The honours each volunteer held at the moment asked about; every id asked for has an entry. */
  async honoursOf(
    volunteerIds: readonly string[],
    when: HonoursAsOf = {},
  ): Promise<Map<string, HeldHonour[]>> {
    const params: unknown[] = [volunteerIds];
    const conditions: string[] = [];
    if (when.asKnownAt !== undefined) {
      params.push(when.asKnownAt);
      conditions.push(
        `recorded_at <= $${params.length} and (revoked_at is null or revoked_at > $${params.length})`,
      );
    } else {
      conditions.push(`state = 'granted'`);
    }
    if (when.asOf !== undefined) {
      params.push(when.asOf);
      conditions.push(`granted_at < $${params.length}`);
    }
    const { rows } = await this.sql.query<{
      volunteer_id: string;
      policy_id: string;
      tier: string;
      granted_at: Date | string;
    }>(
      `select volunteer_id, policy_id, tier, granted_at from rm_awards
       where volunteer_id = any($1::text[]) and ${conditions.join(' and ')}
       order by granted_at, award_id`,
      params,
    );
    const held = new Map<string, HeldHonour[]>(volunteerIds.map((id) => [id, []]));
    for (const row of rows) {
      held.get(row.volunteer_id)?.push({
        policyId: row.policy_id,
        tier: row.tier,
        grantedAt: iso(row.granted_at),
      });
    }
    return held;
  }

  /** Awards not revoked, of volunteers in a node's subtree (every node for `*`), oldest first. */
  async heldInSubtree(organizationId: string): Promise<AwardView[]> {
    const everywhere = organizationId === '*';
    const { rows } = await this.sql.query<AwardRow>(
      `select * from rm_awards
       where state = 'granted' ${everywhere ? '' : 'and organization_path @> array[$1]::text[]'}
       order by granted_at, award_id`,
      everywhere ? [] : [organizationId],
    );
    return rows.map(toView);
  }

  /** Session events recorded after an instant, for the given entries, in the order they were recorded. */
  async changesSince(entryIds: readonly string[], recordedAfter: string): Promise<EntryChange[]> {
    if (entryIds.length === 0) return [];
    const { rows } = await this.sql.query<{
      session_id: string;
      event_type: string;
      state: string;
      minutes: number;
      reason: string | null;
      actor: string;
      recorded_at: Date | string;
    }>(
      `select session_id, event_type, state, minutes, reason, actor, recorded_at from rm_session_history
       where session_id = any($1::text[]) and recorded_at > $2
       order by session_id, seq`,
      [entryIds, recordedAfter],
    );
    return rows.map((row) => ({
      entryId: row.session_id,
      type: row.event_type,
      state: row.state,
      minutes: Number(row.minutes),
      reason: row.reason,
      actor: row.actor,
      recordedAt: iso(row.recorded_at),
    }));
  }
}

function toView(row: AwardRow): AwardView {
  return {
    awardId: row.award_id,
    volunteerId: row.volunteer_id,
    organizationId: row.organization_id,
    policyId: row.policy_id,
    version: Number(row.version),
    tier: row.tier,
    unit: row.unit,
    measured: Number(row.measured),
    threshold: Number(row.threshold),
    evidence: row.evidence,
    note: row.note,
    grantedAt: iso(row.granted_at),
    grantedBy: row.granted_by,
    recordedAt: iso(row.recorded_at),
    state: row.state,
    revokedReason: row.revoked_reason,
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}

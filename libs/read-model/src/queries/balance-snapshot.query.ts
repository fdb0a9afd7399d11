import { type SqlClient } from '@vl/sql';
import { type HeldHonour } from './award.query.js';
import {
  type BalanceView,
  type ConfirmedEntry,
  type PostedFigure,
  sortKeys,
  takePostedApart,
} from './balance.query.js';
import { type VolunteerLocation } from './directory.query.js';

/** Everything a present-day balance answer needs, read in one statement and so from one snapshot. */
export interface BalanceSnapshot {
  /** The read model's position: the answer reflects every event up to it. */
  readonly position: number;
  /** Undefined when the volunteer is not registered (as far as the read model knows). */
  readonly volunteer: VolunteerLocation | undefined;
  readonly balance: BalanceView;
  /** Confirmed entries in service order, for points. */
  readonly entries: ConfirmedEntry[];
  /** Honours held now, oldest first, for the points they carry. */
  readonly honours: HeldHonour[];
}

interface SnapshotRow {
  position: number | string | null;
  volunteer: { organization_id: string; organization_path: string[]; school_id: string | null } | null;
  balance: {
    confirmed_minutes: number;
    pending_minutes: number;
    by_year: Record<string, number>;
    by_category: Record<string, number>;
  } | null;
  entries: {
    session_id: string;
    service_start: string;
    minutes: number;
    category: string;
    organization_id: string;
  }[];
  honours: { policy_id: string; tier: string; granted_at: string }[];
  posted: PostedFigure[];
}

/**
 * The balance read that clients make most, as one round trip instead of five: the checkpoint, the
 * volunteer's place in the tree, the maintained balance, and what points are priced from.
 */
export class BalanceSnapshotQuery {
  constructor(
    private readonly sql: SqlClient,
    private readonly projector = 'ledger',
  ) {}

  /** `now`: the present from the caller's clock; a session still posted (公示) then is shown apart. */
  async current(volunteerId: string, now = new Date().toISOString()): Promise<BalanceSnapshot> {
    const { rows } = await this.sql.query<SnapshotRow>(
      `select
         (select position from rm_checkpoints where name = $2) as position,
         (select json_build_object('organization_id', organization_id, 'organization_path', organization_path,
            'school_id', school_id) from rm_volunteers where id = $1) as volunteer,
         (select json_build_object('confirmed_minutes', confirmed_minutes, 'pending_minutes', pending_minutes,
            'by_year', by_year, 'by_category', by_category) from rm_balances where volunteer_id = $1) as balance,
         coalesce((select json_agg(json_build_object('session_id', session_id, 'service_start', service_start,
            'minutes', minutes, 'category', category, 'organization_id', organization_id))
            from rm_sessions where volunteer_id = $1 and state = 'confirmed'
              and (posted_until is null or posted_until <= $3)), '[]'::json) as entries,
         coalesce((select json_agg(json_build_object('minutes', minutes, 'service_year', service_year,
            'category', category))
            from rm_sessions where volunteer_id = $1 and state = 'confirmed' and posted_until > $3), '[]'::json)
            as posted,
         coalesce((select json_agg(json_build_object('policy_id', policy_id, 'tier', tier, 'granted_at', granted_at)
            order by granted_at, award_id)
            from rm_awards where volunteer_id = $1 and state = 'granted'), '[]'::json) as honours`,
      [volunteerId, this.projector, now],
    );
    const row = rows[0];
    const balance = row?.balance;
    const entries = (row?.entries ?? [])
      .map((entry): ConfirmedEntry => ({
        entryId: entry.session_id,
        servedAt: new Date(entry.service_start).toISOString(),
        minutes: Number(entry.minutes),
        category: entry.category,
        organizationId: entry.organization_id,
      }))
      .sort((a, b) => a.servedAt.localeCompare(b.servedAt) || a.entryId.localeCompare(b.entryId));
    return {
      position: Number(row?.position ?? 0),
      volunteer: row?.volunteer
        ? {
            volunteerId,
            organizationId: row.volunteer.organization_id,
            organizationPath: row.volunteer.organization_path,
            schoolId: row.volunteer.school_id,
          }
        : undefined,
      balance: takePostedApart(
        {
          volunteerId,
          confirmedMinutes: Number(balance?.confirmed_minutes ?? 0),
          pendingMinutes: Number(balance?.pending_minutes ?? 0),
          byYear: sortKeys(balance?.by_year ?? {}),
          byCategory: sortKeys(balance?.by_category ?? {}),
        },
        row?.posted ?? [],
      ),
      entries,
      honours: (row?.honours ?? []).map((honour) => ({
        policyId: honour.policy_id,
        tier: honour.tier,
        grantedAt: new Date(honour.granted_at).toISOString(),
      })),
    };
  }
}

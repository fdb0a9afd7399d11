import { type SqlClient } from '@vl/sql';
import { decodeCursor, iso, isoOrNull, type Page, type PageRequest, toPage } from './keyset-cursor.js';

export interface AwardListItem {
  readonly awardId: string;
  readonly policyId: string;
  readonly tier: string;
  readonly note: string;
  readonly grantedAt: string;
  readonly revokedAt: string | null;
  readonly revocationReason: string | null;
}

export interface CertificateListItem {
  readonly certificateId: string;
  readonly code: string;
  /** The service dates covered (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly minutes: number;
  readonly issuedAt: string;
  /** When the ledger learned of the change that took its sessions below its figure; null while valid. */
  readonly revokedAt: string | null;
  readonly valid: boolean;
}

export interface ConsentListItem {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly grantedAt: string;
  readonly until: string | null;
  readonly revokedAt: string | null;
  /** In force at the moment asked about: not revoked and not expired. */
  readonly active: boolean;
}

interface AwardRow {
  award_id: string;
  policy_id: string;
  tier: string;
  note: string;
  granted_at: Date | string;
  revoked_at: Date | string | null;
  revoked_reason: string | null;
}

interface CertificateRow {
  certificate_id: string;
  code: string;
  period_from: string;
  period_to: string;
  minutes: number;
  issued_at: Date | string;
  current_minutes: number | string | null;
  changed_at: Date | string | null;
}

interface ConsentRow {
  school_id: string;
  school_name: string | null;
  granted_at: Date | string;
  until: Date | string | null;
  revoked_at: Date | string | null;
  active: boolean;
}

/** What one volunteer holds: honours, certificates and the consents given to schools. */
export class VolunteerRecordsQuery {
  constructor(private readonly sql: SqlClient) {}

  /** Honours in the order they were granted. */
  async awards(volunteerId: string, page: PageRequest): Promise<Page<AwardListItem>> {
    const params: unknown[] = [volunteerId];
    const after = this.after(params, page, `(granted_at, award_id collate "C")`);
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<AwardRow>(
      `select award_id, policy_id, tier, note, granted_at, revoked_at, revoked_reason from rm_awards
       where volunteer_id = $1 ${after}
       order by granted_at, award_id collate "C" limit $${params.length}`,
      params,
    );
    return toPage(
      rows,
      page.limit,
      (row) => [iso(row.granted_at), row.award_id],
      (row) => ({
        awardId: row.award_id,
        policyId: row.policy_id,
        tier: row.tier,
        note: row.note,
        grantedAt: iso(row.granted_at),
        revokedAt: isoOrNull(row.revoked_at),
        revocationReason: row.revoked_reason,
      }),
    );
  }

  /**
   * Certificates in the order they were issued, each standing as verification judges it: invalid once its
   * sessions add up to less than it states, from the moment the ledger learned the last such change.
   */
  async certificates(volunteerId: string, page: PageRequest): Promise<Page<CertificateListItem>> {
    const params: unknown[] = [volunteerId];
    const after = this.after(params, page, `(c.issued_at, c.certificate_id collate "C")`);
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<CertificateRow>(
      `select c.certificate_id, c.code, c.period_from, c.period_to, c.minutes, c.issued_at,
         standing.current_minutes, standing.changed_at
       from rm_certificates c
       left join lateral (
         select sum(cur.minutes) as current_minutes,
           max(case when cur.minutes < cs.minutes then last.recorded_at end) as changed_at
         from rm_certificate_sessions cs
         left join rm_sessions s on s.session_id = cs.session_id
         cross join lateral (
           select case when s.state = 'confirmed' then s.minutes else 0 end as minutes) cur
         left join lateral (
           select h.recorded_at from rm_session_history h
           where h.session_id = cs.session_id and h.position > c.position
           order by h.seq desc limit 1) last on true
         where cs.certificate_id = c.certificate_id) standing on true
       where c.volunteer_id = $1 ${after}
       order by c.issued_at, c.certificate_id collate "C" limit $${params.length}`,
      params,
    );
    return toPage(
      rows,
      page.limit,
      (row) => [iso(row.issued_at), row.certificate_id],
      (row) => {
        const valid = Number(row.current_minutes ?? 0) >= Number(row.minutes);
        return {
          certificateId: row.certificate_id,
          code: row.code,
          from: row.period_from,
          to: row.period_to,
          minutes: Number(row.minutes),
          issuedAt: iso(row.issued_at),
          revokedAt: valid ? null : isoOrNull(row.changed_at),
          valid,
        };
      },
    );
  }

  /** The latest consent to each school, by school id; `active` as at the instant given. */
  async consents(volunteerId: string, at: string, page: PageRequest): Promise<Page<ConsentListItem>> {
    const params: unknown[] = [volunteerId, at];
    let after = '';
    if (page.cursor !== undefined) {
      const [schoolId] = decodeCursor(page.cursor, ['text']);
      params.push(schoolId);
      after = `and c.school_id collate "C" > $3::text collate "C"`;
    }
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<ConsentRow & { school_id: string }>(
      `select c.school_id, o.name as school_name, c.granted_at, c.until, c.revoked_at,
         (c.revoked_at is null and (c.until is null or c.until > $2::timestamptz)) as active
       from rm_school_consents c left join rm_organizations o on o.id = c.school_id
       where c.volunteer_id = $1 ${after}
       order by c.school_id collate "C" limit $${params.length}`,
      params,
    );
    return toPage(
      rows,
      page.limit,
      (row) => [row.school_id],
      (row) => ({
        schoolId: row.school_id,
        schoolName: row.school_name ?? row.school_id,
        grantedAt: iso(row.granted_at),
        until: isoOrNull(row.until),
        revokedAt: isoOrNull(row.revoked_at),
        active: row.active,
      }),
    );
  }

  /** Whether the volunteer's consent to the school is in force at the instant. */
  async consentInForce(volunteerId: string, schoolId: string, at: string): Promise<boolean> {
    const { rows } = await this.sql.query(
      `select 1 from rm_school_consents
       where volunteer_id = $1 and school_id = $2 and revoked_at is null and (until is null or until > $3)`,
      [volunteerId, schoolId, at],
    );
    return rows.length > 0;
  }

  /** The keyset condition after an (instant, id) cursor, its values appended to `params`. */
  private after(params: unknown[], page: PageRequest, keys: string): string {
    if (page.cursor === undefined) return '';
    const [instant, id] = decodeCursor(page.cursor, ['instant', 'text']);
    params.push(instant, id);
    return `and ${keys} > ($${params.length - 1}::timestamptz, $${params.length}::text collate "C")`;
  }
}

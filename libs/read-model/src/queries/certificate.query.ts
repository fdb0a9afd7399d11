import { type CertificateContentSnapshot } from '@vl/domain';
import { type SqlClient } from '@vl/sql';
import { iso } from './ledger.query.js';

/** How one certified session stands in the ledger now. */
export interface CertifiedSessionStanding {
  readonly sessionId: string;
  readonly certifiedMinutes: number;
  /** Confirmed minutes now; 0 once rejected or revoked. */
  readonly currentMinutes: number;
  readonly state: string;
  /** The reason of the last change after issue, when one was given. */
  readonly reason: string | null;
  /** When the ledger learned of the last change after issue. */
  readonly changedAt: string | null;
}

export interface CertificateRecord {
  readonly certificateId: string;
  readonly code: string;
  readonly volunteerId: string;
  readonly keyId: string;
  readonly signedForm: string;
  readonly content: CertificateContentSnapshot;
  readonly minutes: number;
  readonly position: number;
  readonly sessions: readonly CertifiedSessionStanding[];
}

interface CertificateRow {
  certificate_id: string;
  code: string;
  volunteer_id: string;
  key_id: string;
  signed_form: string;
  content: CertificateContentSnapshot | string;
  minutes: number;
  position: number | string;
}

interface StandingRow {
  session_id: string;
  certified_minutes: number;
  current_minutes: number | null;
  state: string | null;
  reason: string | null;
  changed_at: Date | string | null;
}

/** Certificates by verification code, with their sessions as the ledger has them now. */
export class CertificateQuery {
  constructor(private readonly sql: SqlClient) {}

  async byCode(code: string): Promise<CertificateRecord | undefined> {
    const { rows } = await this.sql.query<CertificateRow>(
      `select certificate_id, code, volunteer_id, key_id, signed_form, content, minutes, position
       from rm_certificates where code = $1`,
      [code],
    );
    const row = rows[0];
    if (!row) return undefined;
    const position = Number(row.position);
    const { rows: standing } = await this.sql.query<StandingRow>(
      `select cs.session_id, cs.minutes as certified_minutes,
         case when s.state = 'confirmed' then s.minutes else 0 end as current_minutes, s.state,
         last.reason, last.recorded_at as changed_at
       from rm_certificate_sessions cs
       left join rm_sessions s on s.session_id = cs.session_id
       left join lateral (
         select h.reason, h.recorded_at from rm_session_history h
         where h.session_id = cs.session_id and h.position > $2
         order by h.seq desc limit 1) last on true
       where cs.certificate_id = $1
       order by cs.session_id`,
      [row.certificate_id, position],
    );
    return {
      certificateId: row.certificate_id,
      code: row.code,
      volunteerId: row.volunteer_id,
      keyId: row.key_id,
      signedForm: row.signed_form,
      content:
        typeof row.content === 'string'
          ? (JSON.parse(row.content) as CertificateContentSnapshot)
          : row.content,
      minutes: Number(row.minutes),
      position,
      sessions: standing.map((session) => ({
        sessionId: session.session_id,
        certifiedMinutes: Number(session.certified_minutes),
        currentMinutes: Number(session.current_minutes ?? 0),
        state: session.state ?? 'unknown',
        reason: session.reason,
        changedAt: session.changed_at === null ? null : iso(session.changed_at),
      })),
    };
  }
}

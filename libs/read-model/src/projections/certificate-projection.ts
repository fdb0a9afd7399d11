import { type CertificateIssued } from '@vl/domain';
import { type SqlExecutor } from '@vl/sql';

/** A certificate and the sessions it counted, so its standing can be checked against the ledger later. */
export async function projectCertificateIssued(
  tx: SqlExecutor,
  event: CertificateIssued,
  position: number,
): Promise<void> {
  const d = event.data;
  const { content } = d;
  const { rows } = await tx.query<{ certificate_id: string }>(
    `insert into rm_certificates (certificate_id, code, volunteer_id, key_id, signed_form, content, minutes,
       period_from, period_to, issued_at, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict do nothing
     returning certificate_id`,
    [
      d.certificateId,
      d.code,
      d.volunteerId,
      d.keyId,
      d.signedForm,
      JSON.stringify(content),
      content.totalMinutes,
      content.period.from,
      content.period.to,
      content.issuedAt,
      position,
    ],
  );
  if (rows.length === 0) return;
  await tx.query(
    `insert into rm_certificate_sessions (certificate_id, session_id, minutes)
     select $1, session_id, minutes from unnest($2::text[], $3::int[]) as s(session_id, minutes)
     on conflict do nothing`,
    [
      d.certificateId,
      d.sessions.map((session) => session.sessionId),
      d.sessions.map((session) => session.minutes),
    ],
  );
}

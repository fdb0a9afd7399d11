import { type SchoolConsentGranted, type SchoolConsentRevoked } from '@vl/domain';
import { type SqlExecutor } from '@vl/sql';

/** The latest consent per volunteer and school: a new grant replaces the row, a revocation stamps it. */
export async function projectConsentGranted(
  tx: SqlExecutor,
  event: SchoolConsentGranted,
  position: number,
): Promise<void> {
  const d = event.data;
  await tx.query(
    `insert into rm_school_consents (volunteer_id, school_id, consent_id, granted_at, until, revoked_at, position)
     values ($1, $2, $3, $4, $5, null, $6)
     on conflict (volunteer_id, school_id) do update set
       consent_id = excluded.consent_id, granted_at = excluded.granted_at, until = excluded.until,
       revoked_at = null, position = excluded.position`,
    [d.volunteerId, d.schoolId, d.consentId, d.grantedAt, d.until, position],
  );
}

export async function projectConsentRevoked(
  tx: SqlExecutor,
  event: SchoolConsentRevoked,
  position: number,
): Promise<void> {
  const d = event.data;
  await tx.query(
    `update rm_school_consents set revoked_at = $4, position = $5
     where volunteer_id = $1 and school_id = $2 and consent_id = $3`,
    [d.volunteerId, d.schoolId, d.consentId, d.revokedAt, position],
  );
}

import { type CertificateRecord, type CertifiedSessionStanding } from '@vl/read-model';

export interface CertificateStanding {
  readonly valid: boolean;
  /** Minutes the ledger confirms now for the certificate's sessions. */
  readonly currentMinutes: number;
  /** Why it no longer stands; null while valid. */
  readonly reason: string | null;
  /** When the ledger learned of the change that brought it below its figure; null while valid. */
  readonly revokedAt: string | null;
  /** The certified sessions that now count less than they did. */
  readonly changes: readonly CertifiedSessionStanding[];
}

/**
 * A certificate stands while its sessions still add up to its figure in the current ledger. Revoking or
 * correcting them below it makes it invalid, visibly, with the reason and the moment.
 */
export function certificateStanding(record: CertificateRecord): CertificateStanding {
  const currentMinutes = record.sessions.reduce((sum, session) => sum + session.currentMinutes, 0);
  const changes = record.sessions.filter((session) => session.currentMinutes < session.certifiedMinutes);
  if (currentMinutes >= record.minutes) {
    return { valid: true, currentMinutes, reason: null, revokedAt: null, changes };
  }
  const details = changes.map((session) => {
    const what = session.state === 'confirmed' ? `corrected to ${session.currentMinutes} min` : session.state;
    return `session ${session.sessionId} ${what}${session.reason ? ` (${session.reason})` : ''}`;
  });
  const revokedAt =
    changes
      .map((session) => session.changedAt)
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1) ?? null;
  return {
    valid: false,
    currentMinutes,
    reason:
      `The ledger now confirms ${currentMinutes} of the ${record.minutes} minutes this certificate states` +
      (details.length > 0 ? `: ${details.join('; ')}` : ''),
    revokedAt,
    changes,
  };
}

import { type CertificateRecord } from '@vl/read-model';
import { certificateStanding } from './certificate-standing.js';

const record = (sessions: CertificateRecord['sessions']): CertificateRecord =>
  ({ minutes: 210, sessions }) as unknown as CertificateRecord;
const standing = (
  sessionId: string,
  certifiedMinutes: number,
  currentMinutes: number,
  state = 'confirmed',
) => ({
  sessionId,
  certifiedMinutes,
  currentMinutes,
  state,
  reason: currentMinutes < certifiedMinutes ? '签到地点与活动地点不符' : null,
  changedAt: currentMinutes < certifiedMinutes ? '2025-07-10T02:00:00.000Z' : null,
});

describe('certificate standing', () => {
  it('stands while its sessions still add up to its figure', () => {
    expect(certificateStanding(record([standing('s-1', 120, 120), standing('s-2', 90, 90)]))).toMatchObject({
      valid: true,
      currentMinutes: 210,
      reason: null,
      revokedAt: null,
    });
  });

  it('falls when a session is revoked, naming the session, its reason and when', () => {
    const result = certificateStanding(
      record([standing('s-1', 120, 120), standing('s-2', 90, 0, 'revoked')]),
    );
    expect(result).toMatchObject({
      valid: false,
      currentMinutes: 120,
      revokedAt: '2025-07-10T02:00:00.000Z',
    });
    expect(result.reason).toContain('120 of the 210 minutes');
    expect(result.reason).toContain('session s-2 revoked (签到地点与活动地点不符)');
  });

  it('falls when a correction brings it below its figure', () => {
    const result = certificateStanding(record([standing('s-1', 120, 100), standing('s-2', 90, 90)]));
    expect(result.valid).toBe(false);
    expect(result.reason).toContain('session s-1 corrected to 100 min');
  });
});

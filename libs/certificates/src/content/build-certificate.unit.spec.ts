import { certificateInput, sampleCertificate } from '../testing/certificate.fixture.js';
import { buildCertificate } from './build-certificate.js';
import { CertificateContentError } from './certificate-content.error.js';
import { formatCertificateNumber } from './certificate-number.js';

function contentErrorOf(action: () => unknown): CertificateContentError {
  try {
    action();
  } catch (error) {
    if (error instanceof CertificateContentError) return error;
    throw error;
  }
  throw new Error('expected a CertificateContentError');
}

describe('buildCertificate', () => {
  it('merges the sessions of one activity into a line and orders lines by date', () => {
    const certificate = sampleCertificate();
    expect(certificate.activities).toEqual([
      expect.objectContaining({ activityId: 'act-clean', dates: ['2025-03-15'], minutes: 150 }),
      expect.objectContaining({
        activityId: 'act-class',
        dates: ['2025-06-14', '2025-06-21', '2025-06-28'],
        minutes: 600,
      }),
    ]);
    expect(certificate.totalMinutes).toBe(750);
    expect(certificate.totalHours).toBe(12.5);
  });

  it('names the organisers of the listed activities as the issuing organisations', () => {
    expect(sampleCertificate().issuingOrganizations).toEqual([
      { id: 'org-hetang-comm', name: '荷塘区月塘街道新塘社区团支部' },
      { id: 'org-tianyuan-team', name: '天元区青年志愿服务队' },
    ]);
  });

  it('keeps only the masked identity number', () => {
    const certificate = sampleCertificate();
    expect(certificate.volunteer).toEqual({
      id: 'vol-1',
      name: '张小三',
      maskedName: '张*三',
      volunteerNumber: 'ZZ2025000123',
      maskedIdentityNumber: '4301**********1234',
    });
    expect(JSON.stringify(certificate)).not.toContain('430102200501011234');
  });

  it('leaves the identity number out when none is kept', () => {
    const input = certificateInput();
    const certificate = buildCertificate({
      ...input,
      volunteer: { id: 'vol-1', name: '李四', volunteerNumber: 'ZZ1' },
    });
    expect(certificate.volunteer).not.toHaveProperty('maskedIdentityNumber');
    expect(certificate.volunteer.maskedName).toBe('李*');
  });

  it('dates the issue in the programme time zone', () => {
    // 17:30 UTC on 4 July is already 5 July in Shanghai.
    expect(sampleCertificate().issuedOn).toBe('2025-07-05');
    expect(sampleCertificate({ timeZone: 'UTC' }).issuedOn).toBe('2025-07-04');
  });

  it('leaves out sessions confirmed at zero minutes', () => {
    const input = certificateInput();
    const certificate = buildCertificate({
      ...input,
      services: [...input.services, { ...input.services[1]!, activityId: 'act-zero', minutes: 0 }],
    });
    expect(certificate.activities.map((line) => line.activityId)).toEqual(['act-clean', 'act-class']);
  });

  it('refuses service outside the period', () => {
    const error = contentErrorOf(() =>
      sampleCertificate({ period: { from: '2025-04-01', to: '2025-06-30' } }),
    );
    expect(error.code).toBe('SERVICE_OUTSIDE_PERIOD');
    expect(error.field).toBe('services[1].serviceDate');
  });

  it('refuses a certificate with no confirmed minutes', () => {
    expect(contentErrorOf(() => sampleCertificate({ services: [] })).code).toBe('NO_CONFIRMED_SERVICE');
  });

  it('refuses fractional or negative minutes, impossible dates and reversed periods', () => {
    const input = certificateInput();
    const first = input.services[0]!;
    expect(contentErrorOf(() => sampleCertificate({ services: [{ ...first, minutes: 1.5 }] })).code).toBe(
      'INVALID_MINUTES',
    );
    expect(contentErrorOf(() => sampleCertificate({ services: [{ ...first, minutes: -5 }] })).code).toBe(
      'INVALID_MINUTES',
    );
    expect(
      contentErrorOf(() => sampleCertificate({ period: { from: '2025-02-30', to: '2025-06-30' } })).field,
    ).toBe('period.from');
    expect(
      contentErrorOf(() => sampleCertificate({ period: { from: '2025-07-01', to: '2025-06-30' } })).code,
    ).toBe('INVALID_PERIOD');
  });

  it('refuses one activity given two organisers', () => {
    const input = certificateInput();
    const first = input.services[0]!;
    const error = contentErrorOf(() =>
      sampleCertificate({ services: [first, { ...first, organization: { id: 'other', name: '别的组织' } }] }),
    );
    expect(error.code).toBe('CONFLICTING_ACTIVITY');
  });

  it('refuses a malformed verification code, a blank name and an issue time without offset', () => {
    expect(contentErrorOf(() => sampleCertificate({ code: 'OOOO' })).code).toBe('INVALID_VERIFICATION_CODE');
    const input = certificateInput();
    expect(
      contentErrorOf(() => sampleCertificate({ volunteer: { ...input.volunteer, name: ' ' } })).field,
    ).toBe('volunteer.name');
    expect(contentErrorOf(() => sampleCertificate({ issuedAt: '2025-07-04T17:30:00' })).field).toBe(
      'issuedAt',
    );
  });
});

describe('formatCertificateNumber', () => {
  it('joins prefix, issue date and a zero-padded sequence', () => {
    expect(formatCertificateNumber('2025-07-05', 42)).toBe('ZYFW-20250705-000042');
    expect(formatCertificateNumber('2025-07-05', 7, 'ZZ')).toBe('ZZ-20250705-000007');
  });

  it('refuses a bad date or sequence', () => {
    expect(() => formatCertificateNumber('July', 1)).toThrow(RangeError);
    expect(() => formatCertificateNumber('2025-07-05', -1)).toThrow(RangeError);
  });
});

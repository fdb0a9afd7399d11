import { evolveAll } from '../decider.js';
import { deciderSpecification } from '../testing/decider-specification.js';
import {
  PATHS,
  VOLUNTEER_ID,
  anActivity,
  anActor,
  checkedIn,
  checkedOut,
  confirmed,
  registered,
} from '../testing/fixtures.js';
import { volunteerDecider } from '../volunteer/volunteer.decider.js';
import { type VolunteerStreamEvent } from '../volunteer/volunteer.events.js';
import { nearestCommonNode, selectCertifiableService } from './certifiable-service.js';
import { certificateDecider, type IssueCertificate } from './certificate.decider.js';
import { type CertificateContentSnapshot, type CertificateIssued } from './certificate.events.js';

const TZ = 'Asia/Shanghai';
const lotusClass = anActivity();
// A second activity on 2 July, organised by a team in the sibling district.
const tianyuanClean = anActivity({
  activityId: 'act-2',
  organizationId: 'tianyuan-team',
  organizationPath: [...PATHS.tianyuan, 'tianyuan-team'],
  title: '社区环境清洁',
  category: 'environment',
  startsAt: '2024-07-02T01:00:00.000Z',
  endsAt: '2024-07-02T05:00:00.000Z',
});

function session(id: string, activity = lotusClass, minutes = 120): VolunteerStreamEvent[] {
  const start = activity.startsAt;
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return [checkedIn(id, activity, start), checkedOut(id, end, [start, end], minutes), confirmed(id, minutes)];
}

const history: VolunteerStreamEvent[] = [
  registered(),
  ...session('s-1', lotusClass, 120),
  ...session('s-2', tianyuanClean, 90),
  // Checked out but never confirmed: nothing to certify.
  checkedIn(
    's-3',
    anActivity({
      activityId: 'act-3',
      startsAt: '2024-07-03T01:00:00.000Z',
      endsAt: '2024-07-03T05:00:00.000Z',
    }),
    '2024-07-03T01:00:00.000Z',
  ),
];
const state = evolveAll(volunteerDecider, history);
const self = { ...anActor('lotus', ['volunteer']), volunteerId: VOLUNTEER_ID };
const july = { from: '2024-07-01', to: '2024-07-31', timeZone: TZ };

describe('certifiable service', () => {
  it('gives the volunteer every confirmed session in the period, certified by its organisers', () => {
    const service = selectCertifiableService(state, { actor: self, ...july });
    expect(service.sessions.map((s) => [s.sessionId, s.serviceDate, s.minutes])).toEqual([
      ['s-1', '2024-07-01', 120],
      ['s-2', '2024-07-02', 90],
    ]);
    expect(service.organizerIds).toEqual(['lotus-team', 'tianyuan-team']);
    expect(service.issuerId).toBe('zz');
  });

  it('keeps to the service dates asked for, in the programme time zone', () => {
    const service = selectCertifiableService(state, {
      actor: self,
      from: '2024-07-02',
      to: '2024-07-02',
      timeZone: TZ,
    });
    expect(service.sessions.map((s) => s.sessionId)).toEqual(['s-2']);
    expect(service.issuerId).toBe('tianyuan-team');
  });

  it('谁记录谁证明: lets an admin certify only the service organised within their subtree', () => {
    const service = selectCertifiableService(state, { actor: anActor('hetang', ['admin']), ...july });
    expect(service.sessions.map((s) => s.sessionId)).toEqual(['s-1']);
    expect(service.issuerId).toBe('lotus-team');
  });

  it('refuses an admin who covers neither the volunteer nor any organiser', () => {
    const elsewhere = anActor('other-city', ['admin']);
    expect(() => selectCertifiableService(state, { actor: elsewhere, ...july })).toThrow(
      expect.objectContaining({ code: 'NOT_IN_SCOPE' }),
    );
  });

  it('志愿服务条例 (2017), a certificate at the volunteer’s request: refuses another volunteer and roles that do not issue', () => {
    const other = { ...anActor('lotus', ['volunteer']), volunteerId: 'v-2' };
    expect(() => selectCertifiableService(state, { actor: other, ...july })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => selectCertifiableService(state, { actor: anActor('lotus-team'), ...july })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('refuses a period with no confirmed service, and one that ends before it starts', () => {
    expect(() =>
      selectCertifiableService(state, { actor: self, from: '2024-07-03', to: '2024-07-31', timeZone: TZ }),
    ).toThrow(expect.objectContaining({ code: 'NO_CERTIFIABLE_SERVICE' }));
    expect(() =>
      selectCertifiableService(state, { actor: self, from: '2024-07-31', to: '2024-07-01', timeZone: TZ }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'to' }));
    expect(() =>
      selectCertifiableService(state, { actor: self, from: '2024-02-30', to: '2024-07-01', timeZone: TZ }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'from' }));
  });

  it('drops revoked sessions', () => {
    const withRevocation = evolveAll(volunteerDecider, [
      ...history,
      {
        type: 'SessionRevoked',
        data: { sessionId: 's-2', volunteerId: VOLUNTEER_ID, reason: 'forged', revokedMinutes: 90 },
      },
    ]);
    const service = selectCertifiableService(withRevocation, { actor: self, ...july });
    expect(service.sessions.map((s) => s.sessionId)).toEqual(['s-1']);
  });

  it('finds the nearest organisation over every organiser', () => {
    expect(
      nearestCommonNode([
        ['zz', 'hetang', 'lotus'],
        ['zz', 'hetang', 'moon'],
      ]),
    ).toBe('hetang');
    expect(
      nearestCommonNode([
        ['zz', 'hetang'],
        ['zz', 'hetang', 'lotus'],
      ]),
    ).toBe('hetang');
    expect(nearestCommonNode([['zz', 'hetang', 'lotus']])).toBe('lotus');
    expect(nearestCommonNode([['a', 'b'], ['c']])).toBe('b');
  });
});

const content: CertificateContentSnapshot = {
  number: 'ZYFW-20240801-000042',
  code: 'K7M2Q9RXH4TD',
  volunteer: { id: VOLUNTEER_ID, name: '李华', maskedName: '李*', volunteerNumber: VOLUNTEER_ID },
  period: { from: '2024-07-01', to: '2024-07-31' },
  totalMinutes: 210,
  totalHours: 3.5,
  activities: [
    {
      activityId: 'act-1',
      title: '七彩课堂',
      category: 'holiday-class',
      organization: { id: 'lotus-team', name: '莲花服务队' },
      dates: ['2024-07-01'],
      minutes: 120,
    },
    {
      activityId: 'act-2',
      title: '社区环境清洁',
      category: 'environment',
      organization: { id: 'tianyuan-team', name: '天元服务队' },
      dates: ['2024-07-02'],
      minutes: 90,
    },
  ],
  issuingOrganizations: [
    { id: 'lotus-team', name: '莲花服务队' },
    { id: 'tianyuan-team', name: '天元服务队' },
  ],
  issuedAt: '2024-08-01T02:00:00.000Z',
  issuedOn: '2024-08-01',
  issuer: { organizationId: 'zz', name: '株洲市' },
};
const sessions = [
  { sessionId: 's-1', activityId: 'act-1', serviceDate: '2024-07-01', minutes: 120 },
  { sessionId: 's-2', activityId: 'act-2', serviceDate: '2024-07-02', minutes: 90 },
];
const issue = (overrides: Partial<IssueCertificate['data']> = {}): IssueCertificate => ({
  type: 'IssueCertificate',
  data: {
    certificateId: 'cert-1',
    volunteerId: VOLUNTEER_ID,
    keyId: 'k-1',
    signedForm: 'h.p.s',
    content,
    sessions,
    ...overrides,
  },
});
const issued: CertificateIssued = {
  type: 'CertificateIssued',
  data: {
    certificateId: 'cert-1',
    volunteerId: VOLUNTEER_ID,
    code: content.code,
    keyId: 'k-1',
    signedForm: 'h.p.s',
    content,
    sessions,
  },
};
const certificates = deciderSpecification(certificateDecider);

describe('certificate issue', () => {
  it('records the content as signed, its key and the sessions it counted', () => {
    certificates.given([]).when(issue()).then([issued]);
  });

  it('issues a certificate id once', () => {
    certificates.given([issued]).when(issue()).thenThrows('CERTIFICATE_ALREADY_EXISTS', 'id');
  });

  it('refuses content whose figure its sessions do not add up to, or no sessions at all', () => {
    certificates
      .given([])
      .when(issue({ sessions: sessions.slice(0, 1) }))
      .thenThrows('VALIDATION_FAILED', 'sessions');
    certificates
      .given([])
      .when(issue({ sessions: [] }))
      .thenThrows('NO_CERTIFIABLE_SERVICE');
  });

  it('refuses a malformed id and a missing signed form', () => {
    certificates
      .given([])
      .when(issue({ certificateId: 'no spaces' }))
      .thenThrows('VALIDATION_FAILED', 'id');
    certificates
      .given([])
      .when(issue({ signedForm: 'unsigned' }))
      .thenThrows('VALIDATION_FAILED', 'signedForm');
  });
});

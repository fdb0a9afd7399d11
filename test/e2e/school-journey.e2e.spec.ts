import { jest } from '@jest/globals';
import { formatVerificationCode } from '@vl/certificates';
import { popplerOutput } from '../../libs/certificates/src/testing/poppler.js';
import { calendarDate } from '@vl/domain';
import { Projector } from '@vl/read-model';
import { postgresSkipReason } from '@vl/testing';
import { base64url, compactVerify, createLocalJWKSet } from 'jose';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyCertificateCommand } from '../../apps/cli/src/commands/verify-certificate.command.js';
import {
  type Backend,
  Http,
  startTestLedger,
  type TestLedger,
  readModelCaughtUp,
  storeHead,
} from '../support/ledger-app.js';
import { dumpReadModel } from '../support/read-model-dump.js';

const backends: Backend[] = ['pglite', 'postgres'];
const MINUTE = 60_000;
/** The activity started four hours ago, on a whole minute, and ran 150 minutes. */
const T0 = Math.floor((Date.now() - 4 * 60 * MINUTE) / MINUTE) * MINUTE;
const at = (offsetMinutes: number): string => new Date(T0 + offsetMinutes * MINUTE).toISOString();
const SERVICE_DATE = calendarDate(at(0), 'Asia/Shanghai');
/** The students are 17: their guardians consented to the registration and to each school consent. */
const GUARDIAN_DAY = calendarDate(new Date(Date.now() - 3 * 24 * 60 * MINUTE).toISOString(), 'Asia/Shanghai');

describe.each(backends)('a school’s journey over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL e2e skipped: ${skip}`);

  let ledger: TestLedger;
  let anonymous: Http;
  let admin: Http;
  let tianyuanAdmin: Http;
  let organiser: Http;
  let student: Http;
  let otherStudent: Http;
  let school: Http;
  let otherSchool: Http;
  let sessionId: string;
  let certificateCode: string;

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    anonymous = new Http(ledger.url);
    const sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = anonymous.as(await ledger.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }));
    tianyuanAdmin = anonymous.as(await ledger.token({ sub: 'ty-admin', roles: ['admin'], org: 'tianyuan' }));
    organiser = anonymous.as(await ledger.token({ sub: 'organiser', roles: ['organizer'], org: 'lianhua' }));
    student = anonymous.as(
      await ledger.token({ sub: 'student-1', roles: ['volunteer'], org: 'lianhua', volunteerId: 's1' }),
    );
    otherStudent = anonymous.as(
      await ledger.token({ sub: 'student-3', roles: ['volunteer'], org: 'lianhua', volunteerId: 's3' }),
    );
    school = anonymous.as(await ledger.token({ sub: 'no2', roles: ['school'], org: 'no2', schoolId: 'no2' }));
    otherSchool = anonymous.as(
      await ledger.token({ sub: 'no8', roles: ['school'], org: 'no8', schoolId: 'no8' }),
    );

    for (const [id, name, kind, parentId] of [
      ['zhuzhou', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['lianhua', '莲花社区', 'community', 'hetang'],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
      ['no2', '株洲市第二中学', 'school', 'hetang'],
      ['no8', '株洲市第八中学', 'school', 'tianyuan'],
    ] as const) {
      const response = await sysadmin.post('/organizations', {
        id,
        name,
        kind,
        ...(parentId ? { parentId } : {}),
      });
      expect(response.status).toBe(201);
    }
    for (const [id, name, schoolId] of [
      ['s1', '张小青', 'no2'],
      ['s2', '王小明', 'no2'],
      ['s3', '李小红', 'no8'],
    ] as const) {
      const response = await admin.post('/volunteers', {
        id,
        name,
        birthDate: '2009-03-01',
        organizationId: 'lianhua',
        schoolId,
        leagueStatus: 'none',
        guardian: {
          name: `${name.slice(0, 1)}建国`,
          phone: '13800000001',
          relation: '父亲',
          consentedOn: GUARDIAN_DAY,
        },
      });
      expect(response.status).toBe(201);
    }
    expect(
      (
        await organiser.post('/activities', {
          id: 'class-1',
          organizationId: 'lianhua',
          title: '七彩课堂：暑期作业辅导',
          category: 'tutoring',
          startsAt: at(0),
          endsAt: at(150),
        })
      ).status,
    ).toBe(201);
    // 120 minutes for each student from a paper sign-in sheet, confirmed by the organiser who records it.
    for (const volunteerId of ['s1', 's2', 's3']) {
      const recorded = await organiser.post('/activities/class-1/manual-sessions', {
        volunteerId,
        startedAt: at(0),
        endedAt: at(120),
        minutes: 120,
        note: '纸质签到表',
      });
      expect(recorded.status).toBe(201);
      if (volunteerId === 's1') sessionId = recorded.body.sessionId;
    }
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const roster = (as: Http, schoolId: string, query: string, position = 0) =>
    as.get(`/schools/${schoolId}/students/credits?minPosition=${position}&${query}`);
  const studentIds = (body: { students: { volunteerId: string }[] }) =>
    body.students.map((row) => row.volunteerId);

  maybe('个人信息保护法 (2021): shows a school only students whose consent is in force', async () => {
    const granted = await student.post(
      '/volunteers/s1/consents',
      { schoolId: 'no2', guardianConsentedOn: GUARDIAN_DAY },
      { 'idempotency-key': 'c-1' },
    );
    expect(granted.status).toBe(201);
    expect(granted.body).toEqual({ consentId: expect.any(String), position: expect.any(Number) });
    const replay = await student.post(
      '/volunteers/s1/consents',
      { schoolId: 'no2', guardianConsentedOn: GUARDIAN_DAY },
      { 'idempotency-key': 'c-1' },
    );
    expect(replay.body).toEqual(granted.body);
    const other = await otherStudent.post('/volunteers/s3/consents', {
      schoolId: 'no8',
      guardianConsentedOn: GUARDIAN_DAY,
    });
    expect(other.status).toBe(201);

    const mine = await roster(school, 'no2', 'requiredMinutes=100', other.body.position);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      schoolId: 'no2',
      policyId: 'school-service-credit',
      requiredMinutes: 100,
      sources: [expect.objectContaining({ issuer: '共青团中央、教育部', year: 2018 })],
    });
    expect(mine.body.students).toEqual([
      {
        volunteerId: 's1',
        name: '张*青',
        consentId: granted.body.consentId,
        consentUntil: null,
        minutes: 120,
        credits: 0,
        meetsRequirement: true,
        missing: 0,
        evidence: [sessionId],
      },
    ]);
    // The policy's own requirement: 48 hours in the academic year, 1 credit.
    const byPolicy = await roster(school, 'no2', 'policy=school-service-credit');
    expect(byPolicy.body).toMatchObject({ requiredMinutes: 2880, maxCredits: 1 });
    expect(byPolicy.body.students[0]).toMatchObject({
      minutes: 120,
      meetsRequirement: false,
      missing: 2760,
    });
    const elsewhen = await roster(school, 'no2', 'requiredMinutes=60&from=2020-01-01&to=2020-12-31');
    expect(elsewhen.body.students[0]).toMatchObject({ minutes: 0, meetsRequirement: false, evidence: [] });
    expect(elsewhen.body.period).toEqual({ from: '2020-01-01', to: '2020-12-31' });

    expect(studentIds((await roster(otherSchool, 'no8', 'requiredMinutes=60')).body)).toEqual(['s3']);
    expect(studentIds((await roster(admin, 'no2', 'requiredMinutes=60')).body)).toEqual(['s1']);
    expect((await roster(school, 'no8', 'requiredMinutes=60')).status).toBe(403);
    expect((await roster(tianyuanAdmin, 'no2', 'requiredMinutes=60')).status).toBe(403);
    expect((await roster(student, 'no2', 'requiredMinutes=60')).status).toBe(403);
    expect((await anonymous.get('/schools/no2/students/credits')).status).toBe(401);
  });

  maybe('refuses bad consents and rosters with problem details, writing nothing', async () => {
    const head = await storeHead(ledger);
    const cases: [Http, string, unknown, number, string][] = [
      [
        student,
        '/volunteers/s1/consents',
        { schoolId: 'lianhua', guardianConsentedOn: GUARDIAN_DAY },
        422,
        'NOT_A_SCHOOL',
      ],
      [
        student,
        '/volunteers/s1/consents',
        { schoolId: 'nowhere', guardianConsentedOn: GUARDIAN_DAY },
        404,
        'SCHOOL_NOT_FOUND',
      ],
      [
        student,
        '/volunteers/s1/consents',
        { schoolId: 'no2', until: at(0), guardianConsentedOn: GUARDIAN_DAY },
        422,
        'CONSENT_UNTIL_IN_PAST',
      ],
      [
        student,
        '/volunteers/s1/consents',
        { schoolId: 'no2', until: 'tomorrow', guardianConsentedOn: GUARDIAN_DAY },
        400,
        'VALIDATION_FAILED',
      ],
      [student, '/volunteers/s1/consents', { schoolId: 'no2', extra: 1 }, 400, 'VALIDATION_FAILED'],
      [student, '/volunteers/s1/consents', {}, 400, 'VALIDATION_FAILED'],
      [
        student,
        '/volunteers/s2/consents',
        { schoolId: 'no2', guardianConsentedOn: GUARDIAN_DAY },
        403,
        'NOT_IN_SCOPE',
      ],
      [
        tianyuanAdmin,
        '/volunteers/s1/consents',
        { schoolId: 'no8', guardianConsentedOn: GUARDIAN_DAY },
        403,
        'NOT_IN_SCOPE',
      ],
      [
        school,
        '/volunteers/s1/consents',
        { schoolId: 'no2', guardianConsentedOn: GUARDIAN_DAY },
        403,
        'ROLE_NOT_ALLOWED',
      ],
      [
        student,
        '/volunteers/nobody/consents',
        { schoolId: 'no2', guardianConsentedOn: GUARDIAN_DAY },
        404,
        'VOLUNTEER_NOT_FOUND',
      ],
      [student, '/volunteers/s1/consents/no8/revocation', undefined, 422, 'CONSENT_NOT_IN_FORCE'],
      [student, '/volunteers/s1/consents/bad%20id/revocation', undefined, 400, 'VALIDATION_FAILED'],
    ];
    for (const [as, path, body, status, code] of cases) {
      const response = await as.post(path, body);
      expect({ path, body, status: response.status, code: response.body?.code }).toEqual({
        path,
        body,
        status,
        code,
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const rosterCases: [string, number, string][] = [
      ['policy=star-volunteer', 422, 'NOT_A_CREDIT_POLICY'],
      ['policy=no-such-policy', 404, 'POLICY_NOT_FOUND'],
      ['requiredMinutes=-5', 400, 'VALIDATION_FAILED'],
      ['requiredMinutes=lots', 400, 'VALIDATION_FAILED'],
      ['from=2025-01-01', 400, 'VALIDATION_FAILED'],
      ['from=2025-06-01&to=2025-01-01', 400, 'VALIDATION_FAILED'],
      ['from=2025-02-30&to=2025-03-01', 400, 'VALIDATION_FAILED'],
    ];
    for (const [query, status, code] of rosterCases) {
      const response = await roster(school, 'no2', query);
      expect({ query, status: response.status, code: response.body?.code }).toEqual({ query, status, code });
    }
    expect((await roster(admin, 'lianhua', '')).body.code).toBe('NOT_A_SCHOOL');
    expect((await roster(admin, 'nowhere', '')).status).toBe(404);
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe('ends a consent at its until and on revocation', async () => {
    const revoked = await student.post('/volunteers/s1/consents/no2/revocation', undefined);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ position: expect.any(Number) });
    expect(
      studentIds((await roster(school, 'no2', 'requiredMinutes=60', revoked.body.position)).body),
    ).toEqual([]);
    const again = await student.post('/volunteers/s1/consents/no2/revocation', undefined);
    expect(again.body.code).toBe('CONSENT_NOT_IN_FORCE');

    const until = new Date(Date.now() + 2500).toISOString();
    // Only the student, with their guardian, grants a consent; an administrator cannot on their behalf.
    const byAdmin = await admin.post('/volunteers/s1/consents', {
      schoolId: 'no2',
      until,
      guardianConsentedOn: GUARDIAN_DAY,
    });
    expect(byAdmin.body.code).toBe('CONSENT_BY_VOLUNTEER_ONLY');
    const brief = await student.post('/volunteers/s1/consents', {
      schoolId: 'no2',
      until,
      guardianConsentedOn: GUARDIAN_DAY,
    });
    expect(brief.status).toBe(201);
    const during = await roster(school, 'no2', 'requiredMinutes=60', brief.body.position);
    expect(during.body.students).toEqual([
      expect.objectContaining({ volunteerId: 's1', consentId: brief.body.consentId, consentUntil: until }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(until) - Date.now()) + 100));
    expect(studentIds((await roster(school, 'no2', 'requiredMinutes=60')).body)).toEqual([]);
    expect((await student.post('/volunteers/s1/consents/no2/revocation', undefined)).body.code).toBe(
      'CONSENT_NOT_IN_FORCE',
    );
  });

  maybe('issues a signed certificate that verifies online, offline and in print', async () => {
    const issued = await student.post(
      '/volunteers/s1/certificates',
      { from: SERVICE_DATE, to: SERVICE_DATE },
      { 'idempotency-key': 'cert-1' },
    );
    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({
      certificateId: expect.any(String),
      code: expect.stringMatching(/^[2-9A-HJ-NP-Z]{12}$/),
      position: expect.any(Number),
    });
    certificateCode = issued.body.code;
    const replay = await student.post(
      '/volunteers/s1/certificates',
      { from: SERVICE_DATE, to: SERVICE_DATE },
      { 'idempotency-key': 'cert-1' },
    );
    expect(replay.body).toEqual(issued.body);

    // Anyone may verify, typing the code as printed (in groups, any case).
    const printed = formatVerificationCode(certificateCode).toLowerCase();
    const online = await anonymous.get(`/certificates/${printed}`);
    expect(online.status).toBe(200);
    expect(online.body).toMatchObject({
      valid: true,
      reason: null,
      code: certificateCode,
      volunteer: '张*青',
      minutes: 120,
      currentMinutes: 120,
      from: SERVICE_DATE,
      to: SERVICE_DATE,
      organizations: [{ id: 'lianhua', name: '莲花社区' }],
      issuer: { id: 'lianhua', name: '莲花社区' },
      revokedAt: null,
      issuedUnder: '本证明依据《志愿服务记录与证明出具办法（试行）》（民政部，2020年）出具。',
    });
    expect(JSON.stringify(online.body)).not.toContain('张小青');

    // Offline: the JWS against the published key set, with jose alone.
    const jwksResponse = await fetch(`${ledger.url}/.well-known/jwks.json`);
    expect(jwksResponse.status).toBe(200);
    const jwks = (await jwksResponse.json()) as { keys: { kid: string }[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: online.body.keyId, use: 'sig' });
    expect(JSON.stringify(jwks)).not.toContain('"d"');
    const verified = await compactVerify(online.body.signedForm, createLocalJWKSet(jwks as never));
    expect(verified.protectedHeader).toMatchObject({ alg: 'EdDSA', kid: online.body.keyId });
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toMatchObject({
      code: certificateCode,
      minutes: 120,
      volunteer: { maskedName: '张*青', number: 's1' },
    });
    const [header, payload, signature] = (online.body.signedForm as string).split('.');
    const edited = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as Record<
      string,
      unknown
    >;
    edited.minutes = 1200;
    const forged = [header, base64url.encode(JSON.stringify(edited)), signature].join('.');
    await expect(compactVerify(forged, createLocalJWKSet(jwks as never))).rejects.toThrow();

    // The operator command, with the service out of the picture: files only.
    const directory = await mkdtemp(join(tmpdir(), 'vl-verify-'));
    try {
      await writeFile(join(directory, 'jwks.json'), JSON.stringify(jwks));
      await writeFile(join(directory, 'answer.json'), JSON.stringify(online.body));
      await writeFile(join(directory, 'forged.jws'), forged);
      const jwksFile = join(directory, 'jwks.json');
      const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        expect(await verifyCertificateCommand.run([join(directory, 'answer.json'), '--jwks', jwksFile])).toBe(
          0,
        );
        expect(await verifyCertificateCommand.run([join(directory, 'forged.jws'), '--jwks', jwksFile])).toBe(
          1,
        );
        expect(
          await verifyCertificateCommand.run([
            online.body.signedForm,
            '--jwks',
            `${ledger.url}/.well-known/jwks.json`,
          ]),
        ).toBe(0);
      } finally {
        quiet.mockRestore();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }

    // In print: the public PDF masks the name; the volunteer's own copy carries it whole.
    const pdf = await fetch(`${ledger.url}/api/v1/certificates/${certificateCode}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const publicText = await popplerOutput('pdftotext', Buffer.from(await pdf.arrayBuffer()));
    expect(publicText).toContain('志愿服务证明');
    expect(publicText).toContain('张*青');
    expect(publicText).not.toContain('张小青');
    expect(publicText).toContain('120');
    expect(publicText).toContain(formatVerificationCode(certificateCode));
    expect(publicText).toContain('本证明依据《志愿服务记录与证明出具办法（试行）》（民政部，2020年）出具。');
    const own = await fetch(`${ledger.url}/api/v1/certificates/${certificateCode}/pdf`, {
      headers: {
        authorization: `Bearer ${await ledger.token({ roles: ['volunteer'], org: 'lianhua', volunteerId: 's1' })}`,
      },
    });
    const ownText = await popplerOutput('pdftotext', Buffer.from(await own.arrayBuffer()));
    expect(ownText).toContain('张小青');
    expect(ownText).toContain('莲花社区');
    expect(ownText).toContain('/api/v1/certificates/');
    const forgedToken = await fetch(`${ledger.url}/api/v1/certificates/${certificateCode}/pdf`, {
      headers: { authorization: 'Bearer not.a.token' },
    });
    expect(forgedToken.status).toBe(401);

    // An admin whose subtree organised the service may issue too.
    const byAdmin = await admin.post('/volunteers/s3/certificates', { from: SERVICE_DATE, to: SERVICE_DATE });
    expect(byAdmin.status).toBe(201);
    const adminIssued = await anonymous.get(`/certificates/${byAdmin.body.code}`);
    expect(adminIssued.body).toMatchObject({ valid: true, volunteer: '李*红', minutes: 120 });
  });

  maybe('refuses certificates that cannot be issued, and unknown codes, with problem details', async () => {
    const head = await storeHead(ledger);
    const cases: [Http, string, unknown, number, string][] = [
      [
        student,
        '/volunteers/s1/certificates',
        { from: SERVICE_DATE, to: '2000-01-01' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        student,
        '/volunteers/s1/certificates',
        { from: '2024-02-30', to: SERVICE_DATE },
        400,
        'VALIDATION_FAILED',
      ],
      [student, '/volunteers/s1/certificates', { from: SERVICE_DATE }, 400, 'VALIDATION_FAILED'],
      [
        student,
        '/volunteers/s1/certificates',
        { from: '2001-01-01', to: '2001-12-31' },
        422,
        'NO_CERTIFIABLE_SERVICE',
      ],
      [student, '/volunteers/s2/certificates', { from: SERVICE_DATE, to: SERVICE_DATE }, 403, 'FORBIDDEN'],
      [
        tianyuanAdmin,
        '/volunteers/s1/certificates',
        { from: SERVICE_DATE, to: SERVICE_DATE },
        403,
        'NOT_IN_SCOPE',
      ],
      [
        organiser,
        '/volunteers/s1/certificates',
        { from: SERVICE_DATE, to: SERVICE_DATE },
        403,
        'ROLE_NOT_ALLOWED',
      ],
      [
        student,
        '/volunteers/nobody/certificates',
        { from: SERVICE_DATE, to: SERVICE_DATE },
        404,
        'VOLUNTEER_NOT_FOUND',
      ],
    ];
    for (const [as, path, body, status, code] of cases) {
      const response = await as.post(path, body);
      expect({ body, status: response.status, code: response.body?.code }).toEqual({ body, status, code });
    }
    for (const code of ['ABCDEFGHJKLM', 'not-a-code', '0000']) {
      const response = await anonymous.get(`/certificates/${code}`);
      expect({ code, status: response.status }).toEqual({ code, status: 404 });
      expect(response.body.code).toBe('CERTIFICATE_NOT_FOUND');
      expect((await anonymous.get(`/certificates/${code}/pdf`)).status).toBe(404);
    }
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe('answers valid:false with the reason once the certified hours are revoked', async () => {
    const revoked = await admin.post(`/sessions/${sessionId}/revocation`, {
      reason: '签到地点与活动地点不符',
    });
    expect(revoked.status).toBe(200);
    await readModelCaughtUp(ledger, revoked.body.position);
    const online = await anonymous.get(`/certificates/${certificateCode}`);
    expect(online.status).toBe(200);
    expect(online.body).toMatchObject({ valid: false, minutes: 120, currentMinutes: 0 });
    expect(online.body.reason).toContain('签到地点与活动地点不符');
    expect(Date.parse(online.body.revokedAt)).toBeGreaterThan(Date.parse(online.body.issuedAt));
    const pdf = await fetch(`${ledger.url}/api/v1/certificates/${certificateCode}/pdf`);
    expect(pdf.status).toBe(200);
    expect(await popplerOutput('pdftotext', Buffer.from(await pdf.arrayBuffer()))).toContain('失效');
  });

  maybe('rebuilds consents and certificates from position 0 into identical tables', async () => {
    const projector = ledger.app.app.get(Projector);
    await readModelCaughtUp(ledger, await storeHead(ledger));
    const before = await dumpReadModel(ledger);
    expect(before.rm_certificates).toHaveLength(2);
    expect(before.rm_school_consents).toHaveLength(2);
    await projector.rebuild();
    await projector.start();
    expect(await dumpReadModel(ledger)).toEqual(before);
  });

  maybe('limits public certificate lookups per client', async () => {
    let limited: Awaited<ReturnType<Http['get']>> | undefined;
    for (let attempt = 0; attempt < 40 && !limited; attempt += 1) {
      const response = await anonymous.get(`/certificates/${certificateCode}`);
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(200);
    }
    expect(limited?.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited?.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

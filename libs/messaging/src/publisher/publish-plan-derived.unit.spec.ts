import { type RecordedEvent } from '@vl/event-store';
import { fromKafkaRecord, type KafkaRecord } from '../cloudevents/cloud-event.js';
import {
  certificateIssued,
  confirmedSession,
  correction,
  eventData,
  recordAll,
  registration,
  revocation,
} from '../testing/ledger-fixtures.js';
import { starPolicies } from '../testing/policy-fixtures.js';
import { type CertificatePayload, type EligibilityChangedPayload } from '../topics/topic-payloads.js';
import { planBatch, volunteersOf, type PublishPlan } from './publish-plan.js';
import { type PublishedVolunteer } from './published-volunteer.js';

// Birth dates come from the personal-data store, never from an event; v-erased has none (erased).
const birthDates = new Map([
  ['v1', '2008-05-01'],
  ['v2', '2008-05-01'],
  ['v3', '2008-05-01'],
]);
const options = { timeZone: 'Asia/Shanghai', policies: starPolicies, birthDates };
const eligibilityOf = (record: KafkaRecord) => fromKafkaRecord<EligibilityChangedPayload>(record).data;
const certificateOf = (record: KafkaRecord) => fromKafkaRecord<CertificatePayload>(record).data;
const byId = (events: readonly RecordedEvent[], type: string, nth = 0): RecordedEvent => {
  const found = events.filter((event) => event.type === type)[nth];
  if (!found) throw new Error(`no ${type} #${nth}`);
  return found;
};

/** Plans the events in consecutive batches cut at `cuts`, carrying the state on as the pipeline does. */
function planInBatches(events: readonly RecordedEvent[], cuts: readonly number[]): PublishPlan[] {
  let stored = new Map<string, PublishedVolunteer>();
  const plans: PublishPlan[] = [];
  const bounds = [0, ...cuts, events.length];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const plan = planBatch(events.slice(bounds[i], bounds[i + 1]), stored, options);
    stored = new Map([...stored, ...plan.volunteersAfter]);
    plans.push(plan);
  }
  return plans;
}

// Sessions of 40, 30, 10 and 50 minutes: 1 star after the second, 2 stars after the fourth.
const history = recordAll([
  [
    'volunteer-v1',
    [
      registration('v1'),
      ...confirmedSession('v1', 's1', 40, 1),
      ...confirmedSession('v1', 's2', 30, 2),
      ...confirmedSession('v1', 's3', 10, 3),
      ...confirmedSession('v1', 's4', 50, 4),
    ],
  ],
]);

describe('planBatch: eligibility changes', () => {
  it('judges no one whose birth date the personal-data store does not give (erased): no eligibility message', () => {
    const plan = planBatch(history, new Map(), { ...options, birthDates: new Map() });
    expect(plan.eligibility).toEqual([]);
    expect(plan.entries.length).toBe(history.length);
  });

  it('publishes one message per tier crossed, none for a first determination that is not eligible', () => {
    const plan = planBatch(history, new Map(), options);
    const second = byId(history, 'SessionConfirmed', 1);
    const fourth = byId(history, 'SessionConfirmed', 3);
    expect(plan.eligibility.map((record) => record.headers.ce_id)).toEqual([
      `${second.id}:eligibility:stars`,
      `${fourth.id}:eligibility:stars`,
    ]);
    const [first, next] = plan.eligibility;
    if (!first || !next) throw new Error('expected two changes');
    expect(first.key).toBe('v1');
    expect(first.headers).toMatchObject({
      ce_type: 'cn.org.youth.ledger.volunteer.eligibility-changed.v1',
      ce_subject: 'v1',
      ce_source: '/volunteer-ledger/volunteer-v1',
      ce_time: second.metadata.recordedAt,
      ce_position: String(second.position),
      ce_policyid: 'stars',
    });
    expect(eligibilityOf(first)).toEqual({
      volunteerId: 'v1',
      policyId: 'stars',
      version: 1,
      eligible: true,
      tier: '1-star',
      unit: 'minutes',
      measured: 70,
      threshold: 60,
      missing: 0,
      evidence: ['s1', 's2'],
      asOf: second.metadata.recordedAt,
      previous: { eligible: false, tier: null },
      cause: { eventId: second.id, type: 'SessionConfirmed', position: second.position },
    });
    expect(eligibilityOf(next)).toMatchObject({
      tier: '2-star',
      measured: 130,
      previous: { eligible: true, tier: '1-star' },
    });
    expect(plan.volunteersAfter.get('v1')?.eligibility).toEqual({
      stars: { eligible: true, tier: '2-star' },
    });
  });

  it('sends nothing when an event leaves every determination as it was', () => {
    const stored = planBatch(history, new Map(), options).volunteersAfter;
    const later = recordAll(
      [
        [
          'volunteer-v1',
          [...confirmedSession('v1', 's5', 20, 5), correction('v1', 's5', 15, 20, '2024-07-06T00:00:00Z')],
        ],
      ],
      100,
    );
    const plan = planBatch(later, stored, options);
    expect(plan.eligibility).toEqual([]);
    expect(plan.entries).toHaveLength(4);
  });

  it('publishes a lower tier, and then not eligible, when corrections and revocations take the hours away', () => {
    const stored = planBatch(history, new Map(), options).volunteersAfter;
    const later = recordAll(
      [
        [
          'volunteer-v1',
          [
            correction('v1', 's4', 15, 50, '2024-08-01T00:00:00.000Z'),
            revocation('v1', 's1', 40, '2024-08-02T00:00:00.000Z'),
          ],
        ],
      ],
      100,
    );
    const plan = planBatch(later, stored, options);
    expect(
      plan.eligibility.map(eligibilityOf).map(({ eligible, tier, measured, asOf }) => ({
        eligible,
        tier,
        measured,
        asOf,
      })),
    ).toEqual([
      { eligible: true, tier: '1-star', measured: 95, asOf: '2024-08-01T00:00:00.000Z' },
      { eligible: false, tier: null, measured: 55, asOf: '2024-08-02T00:00:00.000Z' },
    ]);
  });
});

describe('planBatch: certificates', () => {
  const issued = recordAll(
    [
      [
        'certificate-c1',
        [
          certificateIssued('v1', 'c1', [
            { sessionId: 's1', minutes: 40 },
            { sessionId: 's2', minutes: 30 },
          ]),
        ],
      ],
    ],
    50,
  );
  const stored = planBatch(history, new Map(), options).volunteersAfter;

  it('publishes the issue keyed by the volunteer, without the name or the signed form, and no entry', () => {
    expect(volunteersOf(issued)).toEqual(['v1']);
    const plan = planBatch(issued, stored, options);
    expect(plan.entries).toEqual([]);
    expect(plan.certificates).toHaveLength(1);
    const [record] = plan.certificates;
    if (!record) throw new Error('no certificate message');
    expect(record.key).toBe('v1');
    expect(record.headers).toMatchObject({
      ce_id: issued[0]?.id,
      ce_type: 'cn.org.youth.ledger.certificate.issued.v1',
      ce_subject: 'v1',
      ce_source: '/volunteer-ledger/certificate-c1',
      ce_certificateid: 'c1',
    });
    expect(certificateOf(record)).toEqual({
      certificateId: 'c1',
      volunteerId: 'v1',
      code: 'CODE-c1',
      minutes: 70,
      from: '2024-07-01',
      to: '2024-07-31',
      organizations: ['org-zz'],
      issuedAt: '2024-08-01T02:00:00.000Z',
      revokedAt: null,
    });
    expect(record.value).not.toContain('Volunteer v1');
    expect(record.value).not.toContain('header.payload.signature');
  });

  it('revokes a certificate once, when a correction brings its sessions below its figure', () => {
    const afterIssue = planBatch(issued, stored, options).volunteersAfter;
    const later = recordAll(
      [
        [
          'volunteer-v1',
          [
            // s4 is not on the certificate; s2 down to 25 brings it to 65 of 70.
            correction('v1', 's4', 45, 50, '2024-08-03T00:00:00.000Z'),
            correction('v1', 's2', 25, 30, '2024-08-04T00:00:00.000Z'),
            correction('v1', 's2', 20, 25, '2024-08-05T00:00:00.000Z'),
          ],
        ],
      ],
      60,
    );
    const plan = planBatch(later, new Map([...stored, ...afterIssue]), options);
    expect(plan.certificates).toHaveLength(1);
    const [record] = plan.certificates;
    if (!record) throw new Error('no revocation');
    expect(record.key).toBe('v1');
    expect(record.headers).toMatchObject({
      ce_id: `${later[1]?.id}:certificate-revoked:c1`,
      ce_type: 'cn.org.youth.ledger.certificate.revoked.v1',
      ce_time: '2024-08-04T00:00:00.000Z',
      ce_position: String(later[1]?.position),
    });
    expect(certificateOf(record)).toMatchObject({
      certificateId: 'c1',
      minutes: 70,
      revokedAt: '2024-08-04T00:00:00.000Z',
    });
    expect(plan.volunteersAfter.get('v1')?.certificates).toEqual({});
  });

  it('revokes a certificate whose session is revoked', () => {
    const events = [
      ...issued,
      ...recordAll([['volunteer-v1', [revocation('v1', 's1', 40, '2024-08-09T00:00:00.000Z')]]], 60),
    ];
    const plan = planBatch(events, stored, options);
    expect(plan.certificates.map((record) => record.headers.ce_type)).toEqual([
      'cn.org.youth.ledger.certificate.issued.v1',
      'cn.org.youth.ledger.certificate.revoked.v1',
    ]);
  });
});

describe('planBatch across batches', () => {
  it('gives the same messages with the same ids however the same events are cut into batches', () => {
    const events = [
      ...history,
      ...recordAll(
        [
          [
            'certificate-c1',
            [
              certificateIssued('v1', 'c1', [
                { sessionId: 's1', minutes: 40 },
                { sessionId: 's2', minutes: 30 },
              ]),
            ],
          ],
          [
            'volunteer-v1',
            [
              eventData(
                {
                  type: 'AwardGranted',
                  data: {
                    awardId: 'a1',
                    volunteerId: 'v1',
                    policyId: 'stars',
                    version: 1,
                    tier: '2-star',
                    unit: 'minutes',
                    measured: 130,
                    threshold: 120,
                    evidence: ['s1', 's2', 's3', 's4'],
                    note: '',
                    grantedAt: '2024-08-01T03:00:00.000Z',
                  },
                },
                '2024-08-01T03:00:00.000Z',
              ),
              correction('v1', 's1', 10, 40, '2024-08-02T00:00:00.000Z'),
              revocation('v1', 's4', 50, '2024-08-03T00:00:00.000Z'),
            ],
          ],
        ],
        history.length + 1,
      ),
    ];
    const whole = planBatch(events, new Map(), options);
    expect(whole.eligibility).toHaveLength(4);
    expect(whole.certificates).toHaveLength(2);
    const topics = (plans: readonly PublishPlan[]) => ({
      entries: plans.flatMap((plan) => plan.entries),
      balances: plans.flatMap((plan) => plan.balances),
      eligibility: plans.flatMap((plan) => plan.eligibility),
      certificates: plans.flatMap((plan) => plan.certificates),
    });
    for (let cut = 1; cut < events.length; cut += 1) {
      expect(topics(planInBatches(events, [cut]))).toEqual(topics([whole]));
    }
    expect(topics(planInBatches(events, [2, 5, 9, 13, 14, 16]))).toEqual(topics([whole]));
    // Consents and awards go to the entries topic, keyed by the volunteer.
    expect(
      whole.entries.find((record) => record.headers.ce_type === 'cn.org.youth.ledger.award.granted.v1')?.key,
    ).toBe('v1');
  });
});

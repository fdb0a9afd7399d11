import { type Determination } from '@vl/domain';
import { decodeAuditCursor, encodeAuditCursor } from './audit-list.js';
import { eligibilityCsv } from './eligibility-csv.js';

const determination = (overrides: Partial<Determination> = {}): Determination => ({
  policyId: 'star-volunteer',
  version: 1,
  kind: 'hours-tiers',
  asOf: '2024-12-31T12:00:00+08:00',
  eligible: true,
  tier: '1-star',
  unit: 'minutes',
  measured: 6600,
  threshold: 6000,
  missing: 0,
  evidence: ['s-1', 's-2'],
  nextTier: null,
  period: null,
  conditions: [],
  unmet: [],
  ...overrides,
});

describe('the audit list as CSV', () => {
  it('writes one row per volunteer and policy under a header, CRLF-terminated, with a BOM', () => {
    const csv = eligibilityCsv([
      {
        volunteerId: 'v-1',
        name: '张星',
        organizationId: 'lianhua',
        determinations: [
          determination(),
          determination({ policyId: 'pvsa', eligible: false, tier: null, threshold: null, missing: null }),
        ],
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'volunteerId,name,organizationId,policyId,version,eligible,tier,unit,measured,threshold,missing,evidence',
      'v-1,张星,lianhua,star-volunteer,1,true,1-star,minutes,6600,6000,0,s-1 s-2',
      'v-1,张星,lianhua,pvsa,1,false,,minutes,6600,,,s-1 s-2',
      '',
    ]);
  });

  it('quotes separators and keeps would-be formulas as text', () => {
    const csv = eligibilityCsv([
      { volunteerId: 'v-1', name: '=HYPERLINK("x")', organizationId: 'o', determinations: [determination()] },
      { volunteerId: 'v-2', name: 'Li, "Ming"\nJr', organizationId: 'o', determinations: [determination()] },
      { volunteerId: 'v-3', name: '-1+1', organizationId: 'o', determinations: [determination()] },
    ]);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toMatch(/^v-1,"'=HYPERLINK\(""x""\)",o,/);
    expect(rows[2]).toMatch(/^v-2,"Li, ""Ming""\nJr",o,/);
    expect(rows[3]).toMatch(/^v-3,'-1\+1,o,/);
  });
});

describe('the audit list cursor', () => {
  it('round-trips a volunteer id and refuses anything else', () => {
    expect(decodeAuditCursor(encodeAuditCursor('v-0001:a.b'))).toBe('v-0001:a.b');
    for (const bad of ['!!!', '', encodeAuditCursor('has space'), encodeAuditCursor('x'.repeat(65))]) {
      expect(() => decodeAuditCursor(bad)).toThrow('cursor is not valid');
    }
  });
});

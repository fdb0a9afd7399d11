import { type Determination } from '@vl/domain';
import { decodeAuditCursor, encodeAuditCursor } from './audit-list.js';
import { eligibilityCsv } from './eligibility-csv.js';

const determination = (overrides: Partial<Determination> = {}): Determination => ({
  policyId: 'star-volunteer',
  version: 1,
  kind: 'hours-tiers',
  sources: [
    { title: '志愿服务记录办法', issuer: '民政部', year: 2012 },
    {
      title: 'Measures, "draft"',
      issuer: 'Issuer',
      year: 2020,
      section: '第三条',
      url: 'https://example.org/a',
    },
  ],
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

/** Each source as "title (issuer, year, section) url", joined by "; ", quoted because of commas and quotes. */
const SOURCES_CELL =
  '"志愿服务记录办法 (民政部, 2012); Measures, ""draft"" (Issuer, 2020, 第三条) https://example.org/a"';

describe('the audit list as CSV', () => {
  it('writes one row per volunteer and policy under a header, CRLF-terminated, with a BOM', () => {
    const csv = eligibilityCsv([
      {
        volunteerId: 'v-1',
        name: '张星',
        organizationId: 'lianhua',
        determinations: [
          determination(),
          determination({
            policyId: 'pvsa',
            eligible: false,
            tier: null,
            threshold: null,
            missing: null,
            sources: [{ title: 'President’s Volunteer Service Award', issuer: 'AmeriCorps', year: 2003 }],
          }),
        ],
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'volunteerId,name,organizationId,policyId,version,eligible,tier,unit,measured,threshold,missing,evidence,sources',
      `v-1,张星,lianhua,star-volunteer,1,true,1-star,minutes,6600,6000,0,s-1 s-2,${SOURCES_CELL}`,
      'v-1,张星,lianhua,pvsa,1,false,,minutes,6600,,,s-1 s-2,"President’s Volunteer Service Award (AmeriCorps, 2003)"',
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

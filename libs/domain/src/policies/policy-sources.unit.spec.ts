import { parsePolicy } from './parse-policy.js';
import { DEFAULT_POLICY_FILES, loadDefaultPolicyJson } from './policy.fixtures.spec.js';
import { formatPolicySource, type ProvenanceOptions } from './policy-sources.js';

const record2012 = { title: '志愿服务记录办法', issuer: '民政部', year: 2012 };
const rationale = { zh: '星级门槛取自 2012 年办法。', en: 'The 2012 measures’ star thresholds.' };

const star = (extra: Record<string, unknown> = {}) => ({
  id: 'star-volunteer',
  version: 2,
  effectiveFrom: '2025-01-01',
  title: { zh: '星级志愿者', en: 'Star volunteer' },
  kind: 'hours-tiers',
  window: { type: 'all-time' },
  tiers: [{ id: '1-star', title: { zh: '一星', en: 'One star' }, hours: 100 }],
  ...extra,
});

const required = { requireSources: true };

function refusal(json: unknown, options: ProvenanceOptions = required): string {
  try {
    parsePolicy(json, 'policies/star-volunteer.v2.json', options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the policy to be refused');
}

describe('policy sources and rationale', () => {
  it.each(DEFAULT_POLICY_FILES)('every default file %s names its sources and rationale', async (file) => {
    const policy = parsePolicy(await loadDefaultPolicyJson(file), `policies/${file}`, required);
    expect(policy.sources?.length).toBeGreaterThan(0);
    for (const source of policy.sources ?? []) {
      expect(source.title.trim()).not.toBe('');
      expect(source.issuer.trim()).not.toBe('');
      expect(source.year).toBeGreaterThanOrEqual(1900);
    }
    expect(policy.rationale?.zh).toBeTruthy();
    expect(policy.rationale?.en).toBeTruthy();
  });

  it('keeps the sources and rationale it read, and reads them back', () => {
    const source = {
      ...record2012,
      section: '星级评定',
      url: 'https://www.mca.gov.cn/x',
      note: '100 小时一星',
    };
    const policy = parsePolicy(star({ sources: [source], rationale }), 'star.json', required);
    expect(policy.sources).toEqual([source]);
    expect(policy.rationale).toEqual(rationale);
    expect(parsePolicy(JSON.parse(JSON.stringify(policy)), 'round-trip', required)).toEqual(policy);
  });

  it('product rule, every policy names its sources: refuses a policy without sources, saying what to give', () => {
    expect(refusal(star({ rationale }))).toBe(
      'policies/star-volunteer.v2.json: $.sources: is required: name the documents this rule comes from, ' +
        'each with title, issuer and year (and section and url where known)',
    );
    expect(refusal(star({ sources: [record2012] }))).toContain(
      'policies/star-volunteer.v2.json: $.rationale: is required',
    );
  });

  it.each([
    ['an empty list', { sources: [], rationale }, '$.sources: must have at least 1 item(s)'],
    [
      'a source without issuer',
      { sources: [{ title: 't', year: 2012 }], rationale },
      '$.sources[0].issuer: is required',
    ],
    [
      'a year that is not a year',
      { sources: [{ ...record2012, year: '2012' }], rationale },
      '$.sources[0].year: must be a whole number, got "2012"',
    ],
    [
      'a link that is not a web address',
      { sources: [{ ...record2012, url: 'javascript:alert(1)' }], rationale },
      '$.sources[0].url: must match',
    ],
    [
      'a misspelt field',
      { sources: [{ ...record2012, artcle: '第三条' }], rationale },
      '$.sources[0].artcle: unknown field',
    ],
    [
      'a rationale without English',
      { sources: [record2012], rationale: { zh: '理由' } },
      '$.rationale.en: is required',
    ],
  ])('refuses %s', (_, extra, expected) => {
    expect(refusal(star(extra))).toContain(`policies/star-volunteer.v2.json: ${expected}`);
  });

  it('checks sources written in a policy built in code too, but does not demand them there', () => {
    expect(parsePolicy(star(), 'test', {}).sources).toBeUndefined();
    expect(refusal(star({ sources: [{ title: 't' }] }), {})).toContain('$.sources[0].issuer: is required');
  });

  it('names a source in one line: title, issuer, year, section and link', () => {
    expect(formatPolicySource(record2012)).toBe('志愿服务记录办法 (民政部, 2012)');
    expect(
      formatPolicySource({
        ...record2012,
        section: '第三条',
        url: 'https://example.org/m',
        note: 'not shown',
      }),
    ).toBe('志愿服务记录办法 (民政部, 2012, 第三条) https://example.org/m');
  });
});

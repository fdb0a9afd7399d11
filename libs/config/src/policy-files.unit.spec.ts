import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicyDirectory, PolicyFileError } from './policy-files.js';

const policy = (extra: Record<string, unknown>) => ({
  id: 'annual',
  version: 1,
  effectiveFrom: '2000-01-01',
  title: { zh: '年度服务', en: 'Annual service' },
  kind: 'hours-tiers',
  window: { type: 'calendar-year' },
  tiers: [{ id: 'met', title: { zh: '达标', en: 'Met' }, hours: 20 }],
  ...extra,
});

describe('loadPolicyDirectory', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'vl-policies-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('loads the shipped policies, each with the documents it comes from', async () => {
    const set = await loadPolicyDirectory('policies');
    const inForce = set.allInForce('2025-01-01');
    expect(inForce.map((loaded) => loaded.id).sort()).toEqual([
      'league-admission',
      'points',
      'pvsa',
      'pvsa-lifetime',
      'registered-volunteer-annual',
      'school-service-credit',
      'star-volunteer',
    ]);
    const star = inForce.find((loaded) => loaded.id === 'star-volunteer');
    expect(star?.sources?.[0]).toMatchObject({ title: '志愿服务记录办法', issuer: '民政部', year: 2012 });
  });

  it('refuses a policy file that does not say where its rule comes from, naming the file and field', async () => {
    await writeFile(join(directory, 'annual.v1.json'), JSON.stringify(policy({})));
    const loading = loadPolicyDirectory(directory);
    await expect(loading).rejects.toBeInstanceOf(PolicyFileError);
    await expect(loading).rejects.toThrow(
      /annual\.v1\.json: \$\.sources: is required: name the documents this rule comes from/,
    );
  });

  it('refuses sources without a rationale, and loads the file once it has both', async () => {
    const sources = [{ title: '中国注册志愿者管理办法', issuer: '共青团中央', year: 2013 }];
    await writeFile(join(directory, 'annual.v1.json'), JSON.stringify(policy({ sources })));
    await expect(loadPolicyDirectory(directory)).rejects.toThrow(
      /annual\.v1\.json: \$\.rationale: is required/,
    );

    const rationale = { zh: '每年不少于 20 小时。', en: 'At least 20 hours a year.' };
    await writeFile(join(directory, 'annual.v1.json'), JSON.stringify(policy({ sources, rationale })));
    const loaded = (await loadPolicyDirectory(directory)).inForce('annual', '2025-01-01');
    expect(loaded).toMatchObject({ sources, rationale });
  });
});

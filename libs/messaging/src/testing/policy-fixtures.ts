import { parsePolicy, PolicySet } from '@vl/domain';

const title = { zh: '测试', en: 'Test' };

/** Stars at one and two hours, so a few fixture sessions cross a tier. */
export const starPolicies = PolicySet.of([
  parsePolicy(
    {
      id: 'stars',
      version: 1,
      effectiveFrom: '2000-01-01',
      title,
      kind: 'hours-tiers',
      window: { type: 'all-time' },
      tiers: [
        { id: '1-star', title, hours: 1 },
        { id: '2-star', title, hours: 2 },
      ],
    },
    'test',
  ),
]);

import fc from 'fast-check';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './json-body.js';

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nestsDeeperThan', () => {
  it('admits exactly the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1))).toBe(true);
    expect(nestsDeeperThan(`${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const inString = JSON.stringify({ text: `\\"${'[{'.repeat(100)}` });
    expect(nestsDeeperThan(inString)).toBe(false);
  });

  it('agrees with the depth of any JSON value', () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === 'object'
        ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        expect(nestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });
});

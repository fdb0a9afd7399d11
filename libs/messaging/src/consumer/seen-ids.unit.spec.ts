import { SeenIds } from './seen-ids.js';

describe('SeenIds', () => {
  it('says an id is new once and a repeat is not', () => {
    const seen = new SeenIds(10);
    expect(seen.add('a')).toBe(true);
    expect(seen.add('a')).toBe(false);
    expect(seen.add('b')).toBe(true);
  });

  it('forgets the oldest id beyond its capacity, and only that one', () => {
    const seen = new SeenIds(2);
    seen.add('a');
    seen.add('b');
    seen.add('c');
    expect(seen.size).toBe(2);
    expect(seen.add('b')).toBe(false);
    expect(seen.add('c')).toBe(false);
    expect(seen.add('a')).toBe(true);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new SeenIds(0)).toThrow(RangeError);
    expect(() => new SeenIds(1.5)).toThrow(RangeError);
  });
});

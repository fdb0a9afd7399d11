import { sameOriginPath } from './return-to.js';

describe('sameOriginPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(sameOriginPath(undefined)).toBe('/');
    expect(sameOriginPath('/')).toBe('/');
    expect(sameOriginPath('/ledger?year=2026#top')).toBe('/ledger?year=2026#top');
    expect(sameOriginPath('/check-in/act-1')).toBe('/check-in/act-1');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      '',
      'ledger',
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      `/${'x'.repeat(600)}`,
      42,
    ]) {
      expect({ value, path: sameOriginPath(value) }).toEqual({ value, path: undefined });
    }
  });
});

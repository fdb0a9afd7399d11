import { checkIdentityNumber, identityCheckDigit } from './identity-number.js';

// 11010519491231002X is the standard's own worked example (GB 11643-1999, appendix).
const withCheck = (first17: string): string => `${first17}${identityCheckDigit(first17)}`;

describe('GB 11643-1999 identity numbers', () => {
  it('accepts the standard example with check digit X and reads its birth date', () => {
    expect(checkIdentityNumber('11010519491231002X')).toEqual({
      valid: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
    });
  });

  it('accepts a lower-case x and returns it upper-cased', () => {
    expect(checkIdentityNumber('11010519491231002x')).toMatchObject({
      valid: true,
      value: '11010519491231002X',
    });
  });

  it('computes the MOD 11-2 check digit', () => {
    expect(identityCheckDigit('11010519491231002')).toBe('X');
    // 4·7+4·9+0·10+5·5+2·8+4·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 196; 196 mod 11 = 9 → '3'
    expect(identityCheckDigit('44052419800101001')).toBe('3');
  });

  it('refuses a wrong check digit', () => {
    expect(checkIdentityNumber('110105194912310021')).toMatchObject({ valid: false, fault: 'check-digit' });
  });

  it('refuses impossible birth dates even with a matching check digit', () => {
    expect(checkIdentityNumber(withCheck('43020220070229123'))).toMatchObject({
      valid: false,
      fault: 'birth-date',
    });
    expect(checkIdentityNumber(withCheck('43020220081301123'))).toMatchObject({
      valid: false,
      fault: 'birth-date',
    });
    expect(checkIdentityNumber(withCheck('43020220080431123'))).toMatchObject({
      valid: false,
      fault: 'birth-date',
    });
  });

  it('refuses a birth date after today', () => {
    expect(checkIdentityNumber(withCheck('43020220300101123'), '2026-12-02')).toMatchObject({
      valid: false,
      fault: 'birth-date',
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(checkIdentityNumber(withCheck('43020220080229123'))).toMatchObject({
      valid: true,
      birthDate: '2008-02-29',
    });
  });

  it('refuses a wrong shape and an unassigned region', () => {
    expect(checkIdentityNumber('4302022008022912')).toMatchObject({ valid: false, fault: 'shape' });
    expect(checkIdentityNumber('43020220080229123Y')).toMatchObject({ valid: false, fault: 'shape' });
    expect(checkIdentityNumber(withCheck('00020220080229123'))).toMatchObject({
      valid: false,
      fault: 'region',
    });
  });
});

import {
  VERIFICATION_CODE_ALPHABET,
  formatVerificationCode,
  generateVerificationCode,
  isVerificationCode,
  normalizeVerificationCode,
} from './verification-code.js';

describe('verification codes', () => {
  it('are twelve symbols without the look-alikes 0, O, 1 and I', () => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const code = generateVerificationCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
      expect(isVerificationCode(code)).toBe(true);
    }
    expect(VERIFICATION_CODE_ALPHABET).not.toMatch(/[01OI]/);
    expect(new Set(VERIFICATION_CODE_ALPHABET).size).toBe(32);
  });

  it('come from the random source the caller passes', () => {
    const counting = (size: number): Uint8Array =>
      Uint8Array.from({ length: size }, (_, index) => index * 33);
    expect(generateVerificationCode(counting)).toBe('23456789ABCD');
  });

  it('refuse a random source that gives too few bytes', () => {
    expect(() => generateVerificationCode(() => new Uint8Array(4))).toThrow(RangeError);
  });

  it('differ from one call to the next', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateVerificationCode()));
    expect(codes.size).toBe(1000);
  });

  it('are printed in groups of four and read back whatever the case, spaces or dashes', () => {
    expect(formatVerificationCode('ABCDEFGHJKLM')).toBe('ABCD-EFGH-JKLM');
    expect(normalizeVerificationCode(' abcd-efgh jklm ')).toBe('ABCDEFGHJKLM');
  });

  it('reject input that cannot be a code', () => {
    expect(normalizeVerificationCode('ABCD-EFGH-JKL0')).toBeUndefined();
    expect(normalizeVerificationCode('ABCD')).toBeUndefined();
    expect(normalizeVerificationCode('../../etc/passwd')).toBeUndefined();
  });
});

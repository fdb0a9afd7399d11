import {
  ageOnDate,
  GUARDIAN_CONSENT_BELOW_AGE as DOMAIN_GUARDIAN_AGE,
  isVolunteerAge,
  VOLUNTEER_MAX_AGE as DOMAIN_MAX_AGE,
  VOLUNTEER_MIN_AGE as DOMAIN_MIN_AGE,
} from '@vl/domain';
import { checkIdentityNumber, identityCheckDigit } from '@vl/personal-data';
import {
  ageOn,
  birthDateRule,
  GUARDIAN_CONSENT_BELOW_AGE,
  identityNumberRule,
  isMinor,
  VOLUNTEER_MAX_AGE,
  VOLUNTEER_MIN_AGE,
} from '../../apps/web/src/composables/registration-rules.js';

// The registration form checks what the API checks: these compare the form's rules with the API's own.

describe('the volunteer registration form’s rules', () => {
  it('uses the API’s age bounds', () => {
    expect([VOLUNTEER_MIN_AGE, VOLUNTEER_MAX_AGE, GUARDIAN_CONSENT_BELOW_AGE]).toEqual([
      DOMAIN_MIN_AGE,
      DOMAIN_MAX_AGE,
      DOMAIN_GUARDIAN_AGE,
    ]);
  });

  it('counts ages as the API does, leap days included', () => {
    const births = ['2008-02-29', '2008-03-01', '2012-12-31', '1990-01-01', '2011-06-15'];
    const days = ['2026-02-28', '2026-03-01', '2026-06-14', '2026-06-15', '2026-12-31', '2025-01-01'];
    for (const birth of births) {
      for (const day of days) {
        expect(ageOn(birth, day)).toBe(ageOnDate(birth, day));
        expect(birthDateRule(birth, day) === undefined).toBe(isVolunteerAge(ageOnDate(birth, day)));
      }
    }
    expect(isMinor('2008-12-04', '2026-12-03')).toBe(true);
    expect(isMinor('2008-12-03', '2026-12-03')).toBe(false);
    expect(birthDateRule('2008-02-30', '2026-12-03')).toBe('date');
  });

  it('accepts exactly the identity numbers the API accepts, over every check character', () => {
    const stems = ['11010519491231002', '43020020100101123', '43020020080229001', '00020020100101123'];
    let accepted = 0;
    for (const stem of stems) {
      for (const last of '0123456789X') {
        const number = stem + last;
        const api = checkIdentityNumber(number, '2026-12-03');
        const form = identityNumberRule(number, '');
        expect(form === undefined).toBe(api.valid);
        if (api.valid) accepted += 1;
      }
    }
    // One check character in eleven is right, for each stem whose region is assigned.
    expect(accepted).toBe(3);
    const number = `43020020080229001${identityCheckDigit('43020020080229001')}`;
    expect(identityNumberRule(number, '2008-02-29')).toBeUndefined();
    expect(identityNumberRule(number, '2008-03-01')).toBe('identityBirthDate');
    expect(identityNumberRule(number.toLowerCase(), '2008-02-29')).toBeUndefined();
  });
});

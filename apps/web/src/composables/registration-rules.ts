import { isCalendarDate, isLedgerId } from './use-validation.js';

/**
 * The register routes' own rules, so the forms refuse what the API would refuse: each answers the key of
 * the message (under organizations.messages) for the first rule a value breaks, or undefined.
 */
export type RuleMessage =
  | 'required'
  | 'date'
  | 'ageRange'
  | 'guardianRequired'
  | 'consentAfterToday'
  | 'identityNumber'
  | 'identityBirthDate'
  | 'phone'
  | 'ledgerId'
  | 'tooLong';

/** The programme serves young people aged 14 to 35; under 18 a legal guardian consents (SPEC §1). */
export const VOLUNTEER_MIN_AGE = 14;
export const VOLUNTEER_MAX_AGE = 35;
export const GUARDIAN_CONSENT_BELOW_AGE = 18;
export const NAME_MAX_LENGTH = 100;
export const ORGANIZATION_NAME_MAX_LENGTH = 200;
const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const IDENTITY_SHAPE = /^\d{17}[\dX]$/;
// GB 11643-1999: the weights are 2^(17-i) mod 11 and the remainder picks the check character.
const IDENTITY_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const IDENTITY_CHECK = '10X98765432';

/** Completed years on `today`, both YYYY-MM-DD; MM-DD strings compare in calendar order. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function isMinor(birthDate: string, today: string): boolean {
  return isCalendarDate(birthDate) && ageOn(birthDate, today) < GUARDIAN_CONSENT_BELOW_AGE;
}

export function textRule(value: string, max: number): RuleMessage | undefined {
  if (value.trim() === '') return 'required';
  return [...value.trim()].length > max ? 'tooLong' : undefined;
}

export function birthDateRule(value: string, today: string): RuleMessage | undefined {
  if (value.trim() === '') return 'required';
  if (!isCalendarDate(value)) return 'date';
  const age = ageOn(value, today);
  return age < VOLUNTEER_MIN_AGE || age > VOLUNTEER_MAX_AGE ? 'ageRange' : undefined;
}

export function optionalPhoneRule(value: string): RuleMessage | undefined {
  return value.trim() === '' || PHONE.test(value.trim()) ? undefined : 'phone';
}

export function phoneRule(value: string): RuleMessage | undefined {
  return value.trim() === '' ? 'required' : optionalPhoneRule(value);
}

export function optionalIdRule(value: string): RuleMessage | undefined {
  return value.trim() === '' || isLedgerId(value.trim()) ? undefined : 'ledgerId';
}

export function consentRule(value: string, today: string): RuleMessage | undefined {
  if (value.trim() === '') return 'guardianRequired';
  if (!isCalendarDate(value)) return 'date';
  return value > today ? 'consentAfterToday' : undefined;
}

/** An optional resident identity number: its shape, check digit, and the birth date it holds. */
export function identityNumberRule(value: string, birthDate: string): RuleMessage | undefined {
  const number = value.trim().toUpperCase();
  if (number === '') return undefined;
  if (!IDENTITY_SHAPE.test(number)) return 'identityNumber';
  const province = Number(number.slice(0, 2));
  const sum = IDENTITY_WEIGHTS.reduce((total, weight, index) => total + weight * Number(number[index]), 0);
  if (province < 11 || province > 82 || IDENTITY_CHECK[sum % 11] !== number[17]) return 'identityNumber';
  const held = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isCalendarDate(held)) return 'identityNumber';
  return isCalendarDate(birthDate) && held !== birthDate ? 'identityBirthDate' : undefined;
}

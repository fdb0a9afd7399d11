/**
 * Resident identity numbers (居民身份号码) per GB 11643-1999: six digits of the registering region, the
 * birth date as YYYYMMDD, a three-digit sequence, and a check digit (ISO 7064 MOD 11-2, `X` for 10).
 */
const SHAPE = /^\d{17}[\dX]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_DIGITS = '10X98765432';

export type IdentityNumberFault = 'shape' | 'region' | 'birth-date' | 'check-digit';

export type IdentityNumberCheck =
  | { readonly valid: true; readonly value: string; readonly birthDate: string }
  | { readonly valid: false; readonly fault: IdentityNumberFault; readonly message: string };

export function identityCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_DIGITS[sum % 11] ?? '?';
}

/** Checks shape, region, birth date (a real calendar day, not in the future) and check digit. */
export function checkIdentityNumber(raw: string, today?: string): IdentityNumberCheck {
  const value = raw.trim().toUpperCase();
  if (!SHAPE.test(value)) {
    return { valid: false, fault: 'shape', message: 'must be 17 digits followed by a digit or X' };
  }
  // Province codes run from 11 (Beijing) to 82 (Macao); 00 and the 10s below are unassigned.
  const province = Number(value.slice(0, 2));
  if (province < 11 || province > 82) {
    return { valid: false, fault: 'region', message: `region code ${value.slice(0, 6)} is not assigned` };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDay(birthDate) || birthDate < '1900-01-01' || (today !== undefined && birthDate > today)) {
    return { valid: false, fault: 'birth-date', message: 'holds an impossible birth date' };
  }
  const expected = identityCheckDigit(value.slice(0, 17));
  if (value[17] !== expected) {
    return { valid: false, fault: 'check-digit', message: 'check digit does not match (GB 11643-1999)' };
  }
  return { valid: true, value, birthDate };
}

function isCalendarDay(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

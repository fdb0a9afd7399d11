/** The API's own rules for what the forms send, so a form refuses what the API would refuse. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LEDGER_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value) || Number(value.slice(0, 4)) < 1000) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isLedgerId(value: string): boolean {
  return LEDGER_ID.test(value);
}

/** The canonical certificate code from what a person typed: case, spaces and dashes do not matter. */
export function normalizeCode(input: string): string | undefined {
  const candidate = input.replace(/[\s-]+/g, '').toUpperCase();
  return candidate.length === 12 && [...candidate].every((symbol) => CODE_ALPHABET.includes(symbol))
    ? candidate
    : undefined;
}

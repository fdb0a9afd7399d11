import { answer, api, problemOf, type Schemas } from '../api/client';
import { programmeDate } from './use-format';

export type Balance = Schemas['BalanceResponseDto'];
export type LedgerEntry = Schemas['LedgerEntryResponse'];
export type Determination = Schemas['DeterminationDto'];
export type PolicySummary = Schemas['PolicySummaryDto'];

/** A balance the page arrived with (src/first-view.ts): the first read of that volunteer's balance takes it. */
let primedBalance: Balance | undefined;
export function primeBalance(balance: Balance): void {
  primedBalance = balance;
}

export function readBalance(id: string): Promise<Balance> {
  const primed = primedBalance;
  primedBalance = undefined;
  if (primed?.volunteerId === id) return Promise.resolve(primed);
  return answer(api.GET('/api/v1/volunteers/{id}/balance', { params: { path: { id } } }));
}

export function readEligibility(id: string): Promise<Schemas['VolunteerEligibilityResponseDto']> {
  return answer(api.GET('/api/v1/volunteers/{id}/eligibility', { params: { path: { id } } }));
}

/** No determinations once the volunteer's personal data (their age with it) was erased; other failures stay. */
export function noDeterminationsOnceErased(error: unknown): { determinations: Determination[] } {
  if (problemOf(error).code === 'PERSONAL_DATA_ERASED') return { determinations: [] };
  throw error;
}

export function readPolicies(): Promise<Schemas['PoliciesResponseDto']> {
  return answer(api.GET('/api/v1/policies', {}));
}

/** One page of the ledger between two instants (from inclusive, to exclusive). */
export function readLedgerPage(
  id: string,
  range: { from?: string; to?: string; cursor?: string; limit?: number },
): Promise<Schemas['LedgerPageResponse']> {
  return answer(
    api.GET('/api/v1/volunteers/{id}/ledger', {
      params: { path: { id }, query: { limit: range.limit ?? 100, ...range } },
    }),
  );
}

/** Every ledger entry between two instants, page after page. */
export async function readWholeLedger(
  id: string,
  range: { from?: string; to?: string },
): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await readLedgerPage(id, { ...range, cursor, limit: 200 });
    entries.push(...page.entries);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

/** The start of a calendar month in the programme's zone (UTC+8, no daylight saving), as an instant. */
export function monthStart(year: number, month: number): string {
  const normalized = new Date(Date.UTC(year, month - 1, 1));
  const y = normalized.getUTCFullYear();
  const m = String(normalized.getUTCMonth() + 1).padStart(2, '0');
  return `${y}-${m}-01T00:00:00+08:00`;
}

/** The last twelve months (this one included), each with the confirmed minutes served in it. */
export function minutesByMonth(entries: LedgerEntry[], today: Date): { month: string; minutes: number }[] {
  const [year, month] = programmeDate(today).split('-').map(Number) as [number, number];
  const months = Array.from({ length: 12 }, (_, index) => monthStart(year, month - 11 + index).slice(0, 7));
  const totals = new Map(months.map((key) => [key, 0]));
  for (const entry of entries) {
    if (entry.state !== 'confirmed') continue;
    const key = programmeDate(entry.serviceStart).slice(0, 7);
    if (totals.has(key)) totals.set(key, (totals.get(key) ?? 0) + entry.minutes);
  }
  return months.map((key) => ({ month: key, minutes: totals.get(key) ?? 0 }));
}

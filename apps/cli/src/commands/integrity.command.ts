import { decodeEvent, balanceFolder, type BalanceFolder, emptyBalance, isVolunteerEvent } from '@vl/domain';
import { readCheckpoint } from '@vl/read-model';
import { connectLedger } from './ledger-connection.js';

const VOLUNTEER_STREAM = /^volunteer-(.+)$/;
const PAGE = 5000;

/**
 * Replays every volunteer stream through the pure balance fold and compares the result with the read
 * model's balances, and checks each stream's revisions run 0, 1, 2, … with positions only growing.
 */
export const integrityCommand = {
  summary: 'verify the ledger: stream revisions, positions, and every balance against a replay',
  async run(): Promise<number> {
    const ledger = await connectLedger();
    try {
      const balances = new Map<string, BalanceFolder>();
      const revisions = new Map<string, number>();
      const problems: string[] = [];
      let position = 0;
      let count = 0;
      for (;;) {
        const events = await ledger.store.readAll({ fromPosition: position, maxCount: PAGE });
        if (events.length === 0) break;
        for (const recorded of events) {
          if (recorded.position <= position) problems.push(`position ${recorded.position} does not grow`);
          const expected = (revisions.get(recorded.streamName) ?? -1) + 1;
          if (recorded.revision !== expected) {
            problems.push(`${recorded.streamName}: revision ${recorded.revision}, expected ${expected}`);
          }
          revisions.set(recorded.streamName, recorded.revision);
          position = recorded.position;
          count += 1;
          const volunteerId = VOLUNTEER_STREAM.exec(recorded.streamName)?.[1];
          const decoded = decodeEvent(recorded);
          if (!volunteerId || !decoded || !isVolunteerEvent(decoded.event)) continue;
          let folder = balances.get(volunteerId);
          if (folder === undefined) {
            folder = balanceFolder(emptyBalance(volunteerId), ledger.config.timezone);
            balances.set(volunteerId, folder);
          }
          folder.apply(decoded.event);
        }
      }
      const checkpoint = await readCheckpoint(ledger.sql);
      if (checkpoint < position) {
        console.log(
          `Note: the projector is at ${checkpoint}, the store at ${position}; balances compared as they are`,
        );
      }
      const { rows } = await ledger.sql.query<{
        volunteer_id: string;
        confirmed_minutes: string | number;
        pending_minutes: string | number;
        by_year: Record<string, number>;
        by_category: Record<string, number>;
      }>(`select volunteer_id, confirmed_minutes, pending_minutes, by_year, by_category from rm_balances`);
      const projected = new Map(rows.map((row) => [row.volunteer_id, row]));
      for (const [volunteerId, { balance: replayed }] of balances) {
        const row = projected.get(volunteerId);
        const got = {
          confirmed: Number(row?.confirmed_minutes ?? 0),
          pending: Number(row?.pending_minutes ?? 0),
          byYear: normalise(row?.by_year ?? {}),
          byCategory: normalise(row?.by_category ?? {}),
        };
        const want = {
          confirmed: replayed.confirmedMinutes,
          pending: replayed.pendingMinutes,
          byYear: normalise(replayed.byYear),
          byCategory: normalise(replayed.byCategory),
        };
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          problems.push(
            `volunteer ${volunteerId}: read model ${JSON.stringify(got)} ≠ replay ${JSON.stringify(want)}`,
          );
        }
      }
      console.log(`Checked ${count} events in ${revisions.size} streams and ${balances.size} balances`);
      for (const problem of problems) console.log(`PROBLEM ${problem}`);
      console.log(problems.length === 0 ? 'The ledger is consistent' : `${problems.length} problem(s) found`);
      return problems.length === 0 ? 0 : 1;
    } finally {
      await ledger.close();
    }
  },
};

function normalise(record: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, minutes]) => Number(minutes) !== 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, minutes]) => [key, Number(minutes)]),
  );
}

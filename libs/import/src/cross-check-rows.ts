import { type ImportProblem, problem } from './import-problem.js';
import { type ImportRow } from './parse-rows.js';

/**
 * What no row shows alone: a record id used twice in the file, and two rows of one volunteer whose times
 * overlap (half-open intervals: one ending at 10:00 and the next starting at 10:00 do not). Each later row
 * is named, with the earlier row it clashes with.
 */
export function crossCheckRows(rows: readonly ImportRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byRecord = new Map<string, number>();
  for (const row of rows) {
    const first = byRecord.get(row.recordId);
    if (first === undefined) byRecord.set(row.recordId, row.row);
    else {
      problems.push(
        problem(
          'RECORD_ID_DUPLICATE',
          { row: row.row, column: 'recordId' },
          `原记录编号“${row.recordId}”与第 ${first} 行重复`,
          `source record id "${row.recordId}" repeats row ${first}`,
        ),
      );
    }
  }
  const byVolunteer = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const list = byVolunteer.get(row.volunteerId) ?? [];
    list.push(row);
    byVolunteer.set(row.volunteerId, list);
  }
  for (const list of byVolunteer.values()) {
    list.sort((a, b) => a.startedAt - b.startedAt || a.row - b.row);
    let latest: ImportRow | undefined;
    for (const row of list) {
      if (latest && row.startedAt < latest.endedAt) {
        const [earlier, later] = latest.row < row.row ? [latest, row] : [row, latest];
        problems.push(
          problem(
            'ROWS_OVERLAP',
            { row: later.row, column: 'start' },
            `志愿者 ${row.volunteerId} 的时段与第 ${earlier.row} 行重叠`,
            `volunteer ${row.volunteerId}'s time overlaps row ${earlier.row}`,
          ),
        );
      }
      if (!latest || row.endedAt > latest.endedAt) latest = row;
    }
  }
  return problems;
}

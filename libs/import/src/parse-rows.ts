import { ID_PATTERN } from '@vl/domain';
import { columnOfHeader, documentedName, IMPORT_COLUMNS, type ImportColumn } from './import-columns.js';
import { type ImportProblem, problem } from './import-problem.js';
import { type CellValue, type Table } from './read-table.js';
import { zonedDate, zonedInstant } from './zoned-time.js';

/** One row of hours as the file states them, checked for form; the ledger's rules come after. */
export interface ImportRow {
  readonly row: number;
  readonly volunteerId: string;
  readonly activityId: string | null;
  readonly organizationId: string | null;
  /** Local service date in the programme's zone. */
  readonly date: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly minutes: number;
  readonly recordId: string;
  readonly note: string;
}

export interface ParsedRows {
  readonly rows: readonly ImportRow[];
  readonly problems: readonly ImportProblem[];
}

export interface ParseOptions {
  readonly timeZone: string;
  /** Now: no service date after today (in the zone). */
  readonly now: number;
  /** The earliest service date accepted. */
  readonly earliestDate?: string;
}

export const EARLIEST_DATE = '2000-01-01';
const RECORD_ID_MAX_LENGTH = 128;
const NOTE_MAX_LENGTH = 500;
const DAY_MINUTES = 24 * 60;

type Headers = Map<ImportColumn, { readonly index: number; readonly header: string }>;

function mapHeaders(headers: readonly string[]): { map: Headers; problems: ImportProblem[] } {
  const map: Headers = new Map();
  const problems: ImportProblem[] = [];
  headers.forEach((header, index) => {
    if (header === '') return;
    const column = columnOfHeader(header);
    if (!column) {
      problems.push(
        problem(
          'COLUMN_UNKNOWN',
          { row: 1, column: header },
          `未知的列“${header}”；可用的列见 docs/import.md`,
          `unknown column "${header}"; the accepted columns are listed in docs/import.md`,
        ),
      );
    } else if (map.has(column)) {
      problems.push(
        problem(
          'COLUMN_DUPLICATE',
          { row: 1, column: header },
          `列“${header}”与“${map.get(column)?.header ?? ''}”重复`,
          `column "${header}" repeats "${map.get(column)?.header ?? ''}"`,
        ),
      );
    } else map.set(column, { index, header });
  });
  for (const [column, { required }] of Object.entries(IMPORT_COLUMNS) as [
    ImportColumn,
    { required: boolean },
  ][]) {
    if (required && !map.has(column)) {
      problems.push(
        problem(
          'COLUMN_MISSING',
          { row: 1, column },
          `缺少必需的列“${documentedName(column)}”`,
          `the required column "${documentedName(column)}" is missing`,
        ),
      );
    }
  }
  if (!map.has('activityId') && !map.has('organizationId') && problems.length === 0) {
    problems.push(
      problem(
        'COLUMN_MISSING',
        { row: 1, column: 'activityId' },
        '需要“活动编号”列或“组织编号”列',
        'a column "activity id" or "organisation id" is required',
      ),
    );
  }
  return { map, problems };
}

const pad = (value: number): string => String(value).padStart(2, '0');

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** YYYY-MM-DD, YYYY/MM/DD or YYYY.MM.DD, or an Excel date cell. */
function dateOf(cell: CellValue): string | undefined {
  if (cell instanceof Date) {
    return validDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(cell);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Minutes after midnight from H:MM[:SS] (24:00 ends a day), an Excel time cell or a day fraction. */
function minuteOfDay(cell: CellValue): number | undefined {
  if (cell instanceof Date) return cell.getUTCHours() * 60 + cell.getUTCMinutes();
  if (typeof cell === 'number') {
    return cell >= 0 && cell < 1 ? Math.round(cell * DAY_MINUTES) : undefined;
  }
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(cell);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  if (minutes > 59 || seconds > 59) return undefined;
  if (hours === 24 && minutes === 0 && seconds === 0) return DAY_MINUTES;
  return hours < 24 ? hours * 60 + minutes : undefined;
}

function textOf(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

/** Checks each row's form; rows with a problem are left out of `rows`, every problem is listed. */
export function parseRows(table: Table, options: ParseOptions): ParsedRows {
  const unreadable = new Set(['FILE_EMPTY', 'FILE_MALFORMED', 'ENCODING_INVALID']);
  if (table.problems.some((found) => unreadable.has(found.code))) {
    return { rows: [], problems: [...table.problems] };
  }
  const { map, problems } = mapHeaders(table.headers);
  problems.unshift(...table.problems);
  if (problems.some((found) => found.row === 1)) return { rows: [], problems };
  if (table.rows.length === 0) {
    problems.push(problem('FILE_EMPTY', {}, '文件只有表头，没有数据行', 'the file has a header and no rows'));
    return { rows: [], problems };
  }
  const formulaRows = new Set(table.problems.map((found) => found.row));
  const today = zonedDate(options.now, options.timeZone);
  const earliest = options.earliestDate ?? EARLIEST_DATE;
  const rows: ImportRow[] = [];
  for (const { row, cells } of table.rows) {
    const rowProblems: ImportProblem[] = [];
    const at = (column: ImportColumn) => map.get(column);
    const cell = (column: ImportColumn): CellValue => {
      const found = at(column);
      return found ? (cells[found.index] ?? null) : null;
    };
    const header = (column: ImportColumn): string => at(column)?.header ?? documentedName(column);
    const report = (column: ImportColumn | null, code: ImportProblem['code'], zh: string, en: string) =>
      rowProblems.push(problem(code, { row, column }, zh, en));
    if (table.format === 'csv' && cells.length !== table.headers.length) {
      report(
        null,
        'CELL_COUNT',
        `该行有 ${cells.length} 个单元格，表头有 ${table.headers.length} 列`,
        `the row has ${cells.length} cells and the header ${table.headers.length}`,
      );
      problems.push(...rowProblems);
      continue;
    }
    const required = (column: ImportColumn): string | undefined => {
      const text = textOf(cell(column));
      if (text === '') {
        report(column, 'VALUE_REQUIRED', `“${header(column)}”不能为空`, `"${header(column)}" is empty`);
        return undefined;
      }
      return text;
    };
    const id = (column: ImportColumn, text: string | undefined): string | null => {
      if (text === undefined || text === '') return null;
      if (!ID_PATTERN.test(text)) {
        report(
          column,
          'VALUE_INVALID',
          `“${text}”不是有效的编号（字母、数字和 . _ : -，最多 64 个字符）`,
          `"${text}" is not a valid id (letters, digits and . _ : -, at most 64 characters)`,
        );
      }
      return text;
    };
    const volunteerId = id('volunteerId', required('volunteerId'));
    const activityId = id('activityId', textOf(cell('activityId')));
    const organizationId = id('organizationId', textOf(cell('organizationId')));
    if ((activityId === null) === (organizationId === null)) {
      report(
        activityId === null ? null : 'organizationId',
        'ACTIVITY_OR_ORGANIZATION',
        '每行须填写“活动编号”或“组织编号”中的一项，且只填一项',
        'each row names exactly one of "activity id" and "organisation id"',
      );
    }
    const dateCell = cell('date');
    const date = dateOf(dateCell);
    if (dateCell === null) report('date', 'VALUE_REQUIRED', '“日期”不能为空', '"date" is empty');
    else if (!date) {
      report(
        'date',
        'VALUE_INVALID',
        `“${textOf(dateCell)}”不是有效日期（YYYY-MM-DD）`,
        `"${textOf(dateCell)}" is not a valid date (YYYY-MM-DD)`,
      );
    } else if (date < earliest || date > today) {
      report(
        'date',
        'DATE_OUT_OF_RANGE',
        `日期 ${date} 超出范围（${earliest} 至 ${today}）`,
        `the date ${date} is out of range (${earliest} to ${today})`,
      );
    }
    const time = (column: 'start' | 'end'): number | undefined => {
      const value = cell(column);
      if (value === null) {
        report(column, 'VALUE_REQUIRED', `“${header(column)}”不能为空`, `"${header(column)}" is empty`);
        return undefined;
      }
      const minute = minuteOfDay(value);
      if (minute === undefined) {
        report(
          column,
          'VALUE_INVALID',
          `“${textOf(value)}”不是有效时间（HH:MM）`,
          `"${textOf(value)}" is not a valid time (HH:MM)`,
        );
      }
      return minute;
    };
    const start = time('start');
    const end = time('end');
    if (start !== undefined && end !== undefined && end <= start) {
      report(
        'end',
        'END_NOT_AFTER_START',
        '结束时间须晚于开始时间（跨午夜的时段请拆成两行）',
        'the end must be after the start (split a session across midnight into two rows)',
      );
    }
    const interval = start !== undefined && end !== undefined && end > start ? end - start : undefined;
    const minutesCell = textOf(cell('minutes'));
    let minutes = interval ?? 0;
    if (minutesCell !== '') {
      if (!/^\d{1,4}$/.test(minutesCell) || Number(minutesCell) === 0) {
        report(
          'minutes',
          'VALUE_INVALID',
          `“${minutesCell}”不是有效的分钟数（1 至 1440 的整数）`,
          `"${minutesCell}" is not a valid number of minutes (a whole number from 1 to 1440)`,
        );
      } else {
        minutes = Number(minutesCell);
        if (interval !== undefined && minutes > interval) {
          report(
            'minutes',
            'MINUTES_MISMATCH',
            `${minutes} 分钟超过开始到结束的 ${interval} 分钟`,
            `${minutes} minutes exceed the ${interval} minutes from start to end`,
          );
        }
      }
    }
    const recordId = required('recordId');
    if (recordId !== undefined && recordId.length > RECORD_ID_MAX_LENGTH) {
      report(
        'recordId',
        'VALUE_INVALID',
        `原记录编号最多 ${RECORD_ID_MAX_LENGTH} 个字符`,
        `a source record id has at most ${RECORD_ID_MAX_LENGTH} characters`,
      );
    }
    const note = textOf(cell('note'));
    if (note.length > NOTE_MAX_LENGTH) {
      report(
        'note',
        'VALUE_INVALID',
        `备注最多 ${NOTE_MAX_LENGTH} 个字符`,
        `a note has at most ${NOTE_MAX_LENGTH} characters`,
      );
    }
    problems.push(...rowProblems);
    if (
      rowProblems.length > 0 ||
      formulaRows.has(row) ||
      volunteerId === null ||
      date === undefined ||
      start === undefined ||
      end === undefined ||
      recordId === undefined
    ) {
      continue;
    }
    rows.push({
      row,
      volunteerId,
      activityId,
      organizationId,
      date,
      startedAt: zonedInstant(date, start, options.timeZone),
      endedAt: zonedInstant(date, end, options.timeZone),
      minutes,
      recordId,
      note,
    });
  }
  return { rows, problems };
}

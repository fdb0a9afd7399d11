import type ExcelJS from 'exceljs';
import { csvDocument } from './csv.js';

/** How a column's values are written: text stays text, numbers are numbers, instants are dates and times. */
export type CellKind = 'text' | 'number' | 'yesNo' | 'instant' | 'date';
export type CellValue = string | number | boolean | null;

export interface SheetColumn<Row> {
  /** The CSV header: a stable machine name. */
  readonly key: string;
  /** The workbook's header, in Chinese. */
  readonly header: string;
  readonly kind: CellKind;
  /** In characters; a CJK character counts about two. */
  readonly width: number;
  readonly value: (row: Row) => CellValue;
}

/** A table with its rows already turned into cell values, ready for CSV or a workbook. */
export interface Sheet {
  readonly name: string;
  readonly columns: readonly Omit<SheetColumn<never>, 'value'>[];
  readonly rows: readonly (readonly CellValue[])[];
}

export function sheet<Row>(name: string, columns: readonly SheetColumn<Row>[], rows: readonly Row[]): Sheet {
  return {
    name,
    columns: columns.map(({ key, header, kind, width }) => ({ key, header, kind, width })),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}

/** The sheet as CSV: machine names in the header, values as the JSON answer has them. */
export function sheetCsv(table: Sheet): string {
  return csvDocument(
    table.columns.map((column) => column.key),
    table.rows,
  );
}

const FORMATS: Record<CellKind, string | undefined> = {
  // '@' is Excel's text format: a value such as "=1+1" is shown and kept as typed, never evaluated.
  text: '@',
  number: '0',
  yesNo: '@',
  instant: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
};

/**
 * A workbook of one or more sheets, each with a bold, frozen header row. Instants are written as the
 * wall-clock time in `timeZone` (a spreadsheet has no zones), calendar dates as dates.
 */
export async function workbook(sheets: readonly Sheet[], timeZone: string): Promise<Buffer> {
  // Loaded on the first export: the library is several megabytes of heap a service without exports never needs.
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = 'volunteer-ledger';
  for (const table of sheets) {
    const worksheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: FORMATS[column.kind] ? { numFmt: FORMATS[column.kind] } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      worksheet.addRow(
        table.columns.map((column, index) => cellValue(column.kind, row[index] ?? null, timeZone)),
      );
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function cellValue(kind: CellKind, value: CellValue, timeZone: string): ExcelJS.CellValue {
  if (value === null) return null;
  switch (kind) {
    case 'text':
      return String(value);
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'yesNo':
      return value === true ? '是' : '否';
    case 'instant':
      return wallClock(String(value), timeZone);
    case 'date':
      return new Date(`${String(value)}T00:00:00Z`);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown cell kind ${String(unknown)}`);
    }
  }
}

/** The instant's date and time as read on a clock in `timeZone`, as the UTC date a workbook stores. */
function wallClock(instant: string, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')),
  );
}

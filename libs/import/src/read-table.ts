import { CsvError, parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { decodeText, type TextEncoding } from './decode-text.js';
import { type ImportProblem, problem } from './import-problem.js';

export type ImportFormat = 'csv' | 'xlsx';

/** A cell as read: text from a CSV; text, a number or a date (Excel's, read as UTC) from a workbook. */
export type CellValue = string | number | Date | null;

export interface TableRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

export interface Table {
  readonly format: ImportFormat;
  readonly encoding: TextEncoding | null;
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
  readonly problems: readonly ImportProblem[];
}

export interface ReadOptions {
  readonly encoding?: TextEncoding;
  /** Overrides what the bytes say (an HTTP media type). */
  readonly format?: ImportFormat;
}

/** An XLSX workbook is a ZIP archive: it starts with "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const empty = (format: ImportFormat, problems: ImportProblem[]): Table => ({
  format,
  encoding: null,
  headers: [],
  rows: [],
  problems,
});

export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<Table> {
  const format = options.format ?? (looksLikeXlsx(bytes) ? 'xlsx' : 'csv');
  if (bytes.byteLength === 0) {
    return empty(format, [problem('FILE_EMPTY', {}, '文件是空的', 'the file is empty')]);
  }
  return format === 'xlsx' ? readWorkbook(bytes) : readCsv(bytes, options.encoding);
}

function readCsv(bytes: Uint8Array, encoding: TextEncoding | undefined): Table {
  const decoded = decodeText(bytes, encoding);
  if ('problem' in decoded) return empty('csv', [decoded.problem]);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return empty('csv', [
      problem(
        'FILE_MALFORMED',
        { row: line ?? null },
        `CSV 格式错误（第 ${line ?? '?'} 行）：${error.code}`,
        `malformed CSV (line ${line ?? '?'}): ${error.message}`,
      ),
    ]);
  }
  const [header, ...rest] = records;
  return {
    format: 'csv',
    encoding: decoded.encoding,
    headers: header?.record ?? [],
    rows: rest.map(({ record, info }) => ({ row: info.lines, cells: record })),
    problems: [],
  };
}

type ExcelValue = ExcelJS.CellValue;

/** Only what was typed counts: a formula's cached result is whatever the last program to save it computed. */
function isFormula(value: ExcelValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return null;
}

async function readWorkbook(bytes: Uint8Array): Promise<Table> {
  // Loaded on the first workbook imported: several megabytes of heap a service without imports never needs.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    return empty('xlsx', [
      problem(
        'FILE_MALFORMED',
        {},
        '不是可读取的 XLSX 工作簿',
        `not a readable XLSX workbook (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`,
      ),
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return empty('xlsx', [problem('FILE_EMPTY', {}, '工作簿没有工作表', 'the workbook has no sheet')]);
  const problems: ImportProblem[] = [];
  const headerRow = sheet.getRow(1);
  const width = Math.max(headerRow.cellCount, 0);
  const headers: string[] = [];
  for (let column = 1; column <= width; column += 1) {
    const value = plainValue(headerRow.getCell(column).value);
    headers.push(value === null ? '' : String(value).trim());
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (sheetRow, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: CellValue[] = [];
    let filled = false;
    for (let column = 1; column <= Math.max(width, sheetRow.cellCount); column += 1) {
      const value = sheetRow.getCell(column).value;
      if (isFormula(value)) {
        const header = headers[column - 1] || sheetRow.getCell(column).address;
        problems.push(
          problem(
            'FORMULA_IN_CELL',
            { row: rowNumber, column: header },
            `单元格 ${sheetRow.getCell(column).address} 是公式；只接受录入的值（请粘贴为数值）`,
            `cell ${sheetRow.getCell(column).address} holds a formula; only typed values are accepted (paste as values)`,
          ),
        );
        cells.push(null);
        filled = true;
        continue;
      }
      const plain = plainValue(value);
      const cell = typeof plain === 'string' ? plain.trim() : plain;
      if (cell !== null && cell !== '') filled = true;
      cells.push(cell === '' ? null : cell);
    }
    if (filled) rows.push({ row: rowNumber, cells });
  });
  return { format: 'xlsx', encoding: null, headers, rows, problems };
}

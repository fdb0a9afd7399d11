/**
 * Everything an import can find wrong, each with a stable code and a message in Chinese and English. A
 * problem names the file's row as a spreadsheet shows it (the header is row 1) and the column by its header.
 */
export type ImportProblemCode =
  | 'FILE_EMPTY'
  | 'FILE_MALFORMED'
  | 'FILE_TOO_LARGE'
  | 'ENCODING_INVALID'
  | 'COLUMN_MISSING'
  | 'COLUMN_UNKNOWN'
  | 'COLUMN_DUPLICATE'
  | 'CELL_COUNT'
  | 'VALUE_REQUIRED'
  | 'VALUE_INVALID'
  | 'FORMULA_IN_CELL'
  | 'ACTIVITY_OR_ORGANIZATION'
  | 'DATE_OUT_OF_RANGE'
  | 'END_NOT_AFTER_START'
  | 'MINUTES_MISMATCH'
  | 'RECORD_ID_DUPLICATE'
  | 'RECORD_ID_REUSED'
  | 'ROWS_OVERLAP'
  | 'VOLUNTEER_UNKNOWN'
  | 'ACTIVITY_UNKNOWN'
  | 'ORGANIZATION_UNKNOWN'
  | 'OUT_OF_SCOPE'
  | 'OVERLAPS_LEDGER'
  | 'SOURCE_INVALID'
  | 'RULE_REFUSED';

export interface ImportProblem {
  /** The file's row (header = 1), or null for the file as a whole. */
  readonly row: number | null;
  /**
   * The documented column's key (volunteerId, activityId, organizationId, date, start, end, minutes,
   * recordId, note; source for the run's source name), a header as the file spells it when the header is
   * unknown or repeated, or null for a whole row or file.
   */
  readonly column: string | null;
  readonly code: ImportProblemCode;
  readonly message: { readonly zh: string; readonly en: string };
}

export function problem(
  code: ImportProblemCode,
  where: { row?: number | null; column?: string | null },
  zh: string,
  en: string,
): ImportProblem {
  return { row: where.row ?? null, column: where.column ?? null, code, message: { zh, en } };
}

/** At most this many problems are listed; a file wrong on every row says so in the first few hundred. */
export const MAX_LISTED_PROBLEMS = 500;

/** Row order, then column order as the file has them; file-wide problems first. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

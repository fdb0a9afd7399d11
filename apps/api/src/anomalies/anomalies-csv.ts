import { type AnomalyFindingResponse } from './anomaly.response.dto.js';

const COLUMNS = [
  'id',
  'kind',
  'at',
  'volunteerId',
  'volunteerName',
  'sessionIds',
  'reasonZh',
  'reasonEn',
] as const;

/**
 * One row per finding, RFC 4180 quoting, a byte-order mark so spreadsheets read the Chinese as UTF-8, and a
 * cell that a spreadsheet would take for a formula prefixed with an apostrophe, as the audit list does.
 */
export function anomaliesCsv(items: readonly AnomalyFindingResponse[]): string {
  const lines = [COLUMNS.join(',')];
  for (const item of items) {
    const row: Record<(typeof COLUMNS)[number], string | null> = {
      id: item.id,
      kind: item.kind,
      at: item.at,
      volunteerId: item.volunteerId,
      volunteerName: item.volunteerName,
      sessionIds: item.sessionIds.join(' '),
      reasonZh: item.reason.zh,
      reasonEn: item.reason.en,
    };
    lines.push(COLUMNS.map((column) => cell(row[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: string | null): string {
  if (value === null) return '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

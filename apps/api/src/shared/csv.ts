export type CsvValue = string | number | boolean | null;

/**
 * A CSV document: a header, RFC 4180 quoting, CRLF lines and a byte-order mark so spreadsheet programs read
 * the Chinese as UTF-8. A cell a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

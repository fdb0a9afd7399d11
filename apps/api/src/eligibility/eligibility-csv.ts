import { determinationFigures, formatPolicySource } from '@vl/domain';
import { type AuditListItem } from './audit-list.js';

const COLUMNS = [
  'volunteerId',
  'name',
  'organizationId',
  'policyId',
  'version',
  'eligible',
  'tier',
  'unit',
  'measured',
  'threshold',
  'missing',
  'evidence',
  'sources',
] as const;

/**
 * One row per volunteer and policy, RFC 4180 quoting; the last column names the documents the deciding
 * policy version comes from, so a printed audit list carries its own justification. A cell that a spreadsheet would read as a formula
 * (a name starting with `=`, say) is prefixed with an apostrophe so it stays text.
 */
export function eligibilityCsv(items: readonly AuditListItem[]): string {
  const lines = [COLUMNS.join(',')];
  for (const item of items) {
    for (const determination of item.determinations) {
      const row: Record<(typeof COLUMNS)[number], string | number | boolean | null> = {
        volunteerId: item.volunteerId,
        name: item.name,
        organizationId: item.organizationId,
        ...determinationFigures(determination),
        evidence: determination.evidence.join(' '),
        sources: determination.sources.map(formatPolicySource).join('; '),
      };
      lines.push(COLUMNS.map((column) => cell(row[column])).join(','));
    }
  }
  // The byte-order mark lets spreadsheet programs read the Chinese names as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

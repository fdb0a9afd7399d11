/** The answers a list route gives besides JSON: CSV for programs, an Excel workbook for people. */
export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_MEDIA_TYPE = 'text/csv';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `format` wins; otherwise the Accept header may ask for CSV or a workbook; otherwise JSON. */
export function exportFormat(asked: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (asked !== undefined) return asked;
  if (accepts(accept, XLSX_MEDIA_TYPE)) return 'xlsx';
  if (accepts(accept, CSV_MEDIA_TYPE)) return 'csv';
  return 'json';
}

function accepts(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined) return false;
  return accept.split(',').some((range) => range.split(';')[0]?.trim().toLowerCase() === mediaType);
}

/** The headers of a download: its type and a file name. */
export function downloadHeaders(format: 'csv' | 'xlsx', name: string): Record<string, string> {
  return {
    'content-type': format === 'csv' ? `${CSV_MEDIA_TYPE}; charset=utf-8` : XLSX_MEDIA_TYPE,
    'content-disposition': `attachment; filename="${name}.${format}"`,
  };
}

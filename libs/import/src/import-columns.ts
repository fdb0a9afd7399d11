/** The documented columns; each accepts its Chinese and English header names (docs/import.md). */
export const IMPORT_COLUMNS = {
  volunteerId: { required: true, names: ['志愿者编号', '志愿者ID', 'volunteer id', 'volunteerId'] },
  activityId: { required: false, names: ['活动编号', '活动ID', 'activity id', 'activityId'] },
  organizationId: {
    required: false,
    names: ['组织编号', '组织ID', 'organisation id', 'organization id', 'organizationId'],
  },
  date: { required: true, names: ['日期', '服务日期', 'date'] },
  start: { required: true, names: ['开始时间', '开始', 'start', 'start time'] },
  end: { required: true, names: ['结束时间', '结束', 'end', 'end time'] },
  minutes: { required: false, names: ['时长（分钟）', '时长(分钟)', '分钟', 'minutes'] },
  recordId: {
    required: true,
    names: ['原记录编号', '记录编号', 'source record id', 'record id', 'recordId'],
  },
  note: { required: false, names: ['备注', 'note'] },
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** Header spellings compare without case, spaces, underscores, hyphens, or full-width parentheses. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const BY_KEY = new Map<string, ImportColumn>(
  Object.entries(IMPORT_COLUMNS).flatMap(([column, { names }]) =>
    names.map((name) => [headerKey(name), column as ImportColumn] as const),
  ),
);

export function columnOfHeader(header: string): ImportColumn | undefined {
  return BY_KEY.get(headerKey(header));
}

/** How a problem names a column the file lacks: its Chinese name / its English name. */
export function documentedName(column: ImportColumn): string {
  const names = IMPORT_COLUMNS[column].names;
  return `${names[0]} / ${names.find((name) => /^[a-z]/.test(name)) ?? column}`;
}

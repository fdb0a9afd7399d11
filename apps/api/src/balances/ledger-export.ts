import { type LedgerEntry, type LedgerPage } from '@vl/read-model';
import { type Sheet, type SheetColumn, sheet } from '../shared/spreadsheet.js';

interface LedgerRow {
  readonly volunteerId: string;
  readonly entry: LedgerEntry;
}

/** The reason of the entry's latest change that gave one (a correction, a rejection, a revocation). */
function lastReason(entry: LedgerEntry): string | null {
  return entry.history.findLast((change) => change.reason !== null)?.reason ?? null;
}

const COLUMNS: readonly SheetColumn<LedgerRow>[] = [
  { key: 'volunteerId', header: '志愿者编号', kind: 'text', width: 14, value: (row) => row.volunteerId },
  { key: 'sessionId', header: '服务记录编号', kind: 'text', width: 38, value: (row) => row.entry.sessionId },
  { key: 'activityId', header: '活动编号', kind: 'text', width: 16, value: (row) => row.entry.activity.id },
  { key: 'activityTitle', header: '活动', kind: 'text', width: 30, value: (row) => row.entry.activity.title },
  { key: 'category', header: '类别', kind: 'text', width: 14, value: (row) => row.entry.activity.category },
  {
    key: 'organizationName',
    header: '组织',
    kind: 'text',
    width: 18,
    value: (row) => row.entry.activity.organizationName,
  },
  { key: 'kind', header: '记录方式', kind: 'text', width: 10, value: (row) => row.entry.kind },
  { key: 'state', header: '状态', kind: 'text', width: 10, value: (row) => row.entry.state },
  {
    key: 'serviceStart',
    header: '开始时间',
    kind: 'instant',
    width: 18,
    value: (row) => row.entry.serviceStart,
  },
  { key: 'serviceEnd', header: '结束时间', kind: 'instant', width: 18, value: (row) => row.entry.serviceEnd },
  {
    key: 'minutes',
    header: '计入时长（分钟）',
    kind: 'number',
    width: 18,
    value: (row) => row.entry.minutes,
  },
  {
    key: 'measuredMinutes',
    header: '实测时长（分钟）',
    kind: 'number',
    width: 18,
    value: (row) => row.entry.measuredMinutes,
  },
  {
    key: 'checkedInAt',
    header: '签到时间',
    kind: 'instant',
    width: 18,
    value: (row) => row.entry.checkedInAt,
  },
  {
    key: 'checkedOutAt',
    header: '签退时间',
    kind: 'instant',
    width: 18,
    value: (row) => row.entry.checkedOutAt,
  },
  { key: 'method', header: '签到方式', kind: 'text', width: 10, value: (row) => row.entry.method },
  {
    key: 'missedCheckOut',
    header: '漏签退',
    kind: 'yesNo',
    width: 8,
    value: (row) => row.entry.missedCheckOut,
  },
  { key: 'note', header: '备注', kind: 'text', width: 24, value: (row) => row.entry.note },
  {
    key: 'lastReason',
    header: '最近变更原因',
    kind: 'text',
    width: 24,
    value: (row) => lastReason(row.entry),
  },
];

/** A page of the volunteer's ledger, one row per session, as the JSON answer has it. */
export function ledgerSheet(page: LedgerPage): Sheet {
  return sheet(
    '服务记录',
    COLUMNS,
    page.entries.map((entry) => ({ volunteerId: page.volunteerId, entry })),
  );
}

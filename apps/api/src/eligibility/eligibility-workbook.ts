import { determinationFigures, formatPolicySource, type Determination } from '@vl/domain';
import { type Sheet, type SheetColumn, sheet } from '../shared/spreadsheet.js';
import { type AuditListItem } from './audit-list.js';

interface AuditRow {
  readonly item: AuditListItem;
  readonly determination: Determination;
}

const figure = (row: AuditRow) => determinationFigures(row.determination);

const COLUMNS: readonly SheetColumn<AuditRow>[] = [
  { key: 'volunteerId', header: '志愿者编号', kind: 'text', width: 16, value: (row) => row.item.volunteerId },
  { key: 'name', header: '姓名', kind: 'text', width: 10, value: (row) => row.item.name },
  {
    key: 'organizationId',
    header: '所属组织',
    kind: 'text',
    width: 16,
    value: (row) => row.item.organizationId,
  },
  { key: 'policyId', header: '政策', kind: 'text', width: 22, value: (row) => figure(row).policyId },
  { key: 'version', header: '政策版本', kind: 'number', width: 10, value: (row) => figure(row).version },
  { key: 'eligible', header: '是否符合', kind: 'yesNo', width: 10, value: (row) => figure(row).eligible },
  { key: 'tier', header: '等级', kind: 'text', width: 12, value: (row) => figure(row).tier },
  { key: 'unit', header: '单位', kind: 'text', width: 10, value: (row) => figure(row).unit },
  { key: 'measured', header: '实际', kind: 'number', width: 10, value: (row) => figure(row).measured },
  { key: 'threshold', header: '标准', kind: 'number', width: 10, value: (row) => figure(row).threshold },
  { key: 'missing', header: '尚缺', kind: 'number', width: 10, value: (row) => figure(row).missing },
  {
    key: 'evidence',
    header: '服务记录编号',
    kind: 'text',
    width: 40,
    value: (row) => row.determination.evidence.join(' '),
  },
  {
    key: 'sources',
    header: '政策依据',
    kind: 'text',
    width: 60,
    value: (row) => row.determination.sources.map(formatPolicySource).join('; '),
  },
];

/** The audit list as a sheet: one row per volunteer and policy, the columns of the CSV under Chinese headers. */
export function eligibilitySheet(items: readonly AuditListItem[]): Sheet {
  return sheet(
    '资格审核名单',
    COLUMNS,
    items.flatMap((item) => item.determinations.map((determination) => ({ item, determination }))),
  );
}

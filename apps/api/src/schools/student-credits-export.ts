import { type Sheet, type SheetColumn, sheet } from '../shared/spreadsheet.js';
import { type StudentCredit, type StudentCreditsRoster } from './student-credits.service.js';

const STUDENT_COLUMNS: readonly SheetColumn<StudentCredit>[] = [
  { key: 'volunteerId', header: '志愿者编号', kind: 'text', width: 16, value: (row) => row.volunteerId },
  { key: 'name', header: '姓名', kind: 'text', width: 10, value: (row) => row.name },
  { key: 'minutes', header: '服务时长（分钟）', kind: 'number', width: 18, value: (row) => row.minutes },
  { key: 'credits', header: '学分', kind: 'number', width: 8, value: (row) => row.credits },
  {
    key: 'meetsRequirement',
    header: '是否达标',
    kind: 'yesNo',
    width: 10,
    value: (row) => row.meetsRequirement,
  },
  { key: 'missing', header: '尚缺（分钟）', kind: 'number', width: 14, value: (row) => row.missing },
  {
    key: 'consentUntil',
    header: '授权截止',
    kind: 'instant',
    width: 18,
    value: (row) => row.consentUntil,
  },
  { key: 'consentId', header: '授权编号', kind: 'text', width: 38, value: (row) => row.consentId },
  {
    key: 'evidence',
    header: '服务记录编号',
    kind: 'text',
    width: 48,
    value: (row) => row.evidence.join(' '),
  },
];

type Requirement = StudentCreditsRoster & { position: number };

const REQUIREMENT_COLUMNS: readonly SheetColumn<Requirement>[] = [
  { key: 'schoolId', header: '学校编号', kind: 'text', width: 14, value: (row) => row.schoolId },
  { key: 'policyId', header: '政策', kind: 'text', width: 24, value: (row) => row.policyId },
  { key: 'version', header: '政策版本', kind: 'number', width: 10, value: (row) => row.version },
  {
    key: 'requiredMinutes',
    header: '要求时长（分钟）',
    kind: 'number',
    width: 18,
    value: (row) => row.requiredMinutes,
  },
  {
    key: 'minutesPerCredit',
    header: '每学分分钟数',
    kind: 'number',
    width: 14,
    value: (row) => row.minutesPerCredit,
  },
  { key: 'from', header: '起始日期', kind: 'date', width: 12, value: (row) => row.period?.from ?? null },
  { key: 'to', header: '截止日期', kind: 'date', width: 12, value: (row) => row.period?.to ?? null },
  { key: 'asOf', header: '统计时间', kind: 'instant', width: 18, value: (row) => row.asOf },
  { key: 'position', header: '账本位置', kind: 'number', width: 10, value: (row) => row.position },
];

/** The roster, one row per consenting student; names masked as in the JSON answer. */
export function studentCreditsSheet(roster: StudentCreditsRoster): Sheet {
  return sheet('学生服务时长', STUDENT_COLUMNS, roster.students);
}

/** The requirement the roster was judged against, so a printed roster carries its own terms. */
export function requirementSheet(roster: Requirement): Sheet {
  return sheet('达标要求', REQUIREMENT_COLUMNS, [roster]);
}

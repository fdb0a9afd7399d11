import { type LoggedRead, type PersonalRecord } from '@vl/personal-data';

/** Everything the ledger holds about one person (PIPL art. 45): their record and every event of theirs. */
export interface PersonalCopy {
  readonly volunteerId: string;
  readonly generatedAt: string;
  readonly personalData: PersonalRecord;
  readonly events: ReadonlyArray<{
    readonly stream: string;
    readonly position: number;
    readonly type: string;
    readonly recordedAt: string;
    readonly data: unknown;
  }>;
  readonly reads: readonly LoggedRead[];
}

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/** A readable page of the copy, in Chinese first and English second; every value escaped. */
export function personalCopyHtml(copy: PersonalCopy): string {
  const { personalData: p } = copy;
  const row = (zh: string, en: string, value: string | null): string =>
    `<tr><th>${zh} / ${en}</th><td>${escape(value ?? '—')}</td></tr>`;
  const guardian = p.guardian
    ? `${p.guardian.name} (${p.guardian.relation}), ${p.guardian.phone}, ${p.guardian.consentedOn}`
    : null;
  const events = copy.events
    .map(
      (event) =>
        `<tr><td>${event.position}</td><td>${escape(event.recordedAt)}</td><td>${escape(event.type)}</td>` +
        `<td><code>${escape(JSON.stringify(event.data))}</code></td></tr>`,
    )
    .join('\n');
  const reads = copy.reads
    .map(
      (read) =>
        `<tr><td>${escape(read.readAt)}</td><td>${escape(read.actor)}</td><td>${escape(read.route)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>个人信息副本 / Copy of personal data</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}code{white-space:pre-wrap}</style>
</head><body>
<h1>个人信息副本 / Copy of personal data</h1>
<p>志愿者编号 / Volunteer id: ${escape(copy.volunteerId)} · 生成时间 / Generated at: ${escape(copy.generatedAt)}</p>
<h2>个人信息 / Personal data</h2>
<table>
${row('姓名', 'Name', p.name)}
${row('出生日期', 'Birth date', p.birthDate)}
${row('电话', 'Phone', p.phone)}
${row('身份号码', 'Identity number', p.identityNumber)}
${row('监护人', 'Guardian', guardian)}
</table>
<h2>台账记录 / Ledger records</h2>
<table><tr><th>#</th><th>记录时间 / Recorded</th><th>类型 / Type</th><th>内容 / Data</th></tr>
${events}
</table>
<h2>查阅记录 / Reads of your unmasked data</h2>
<table><tr><th>时间 / When</th><th>查阅人 / Who</th><th>途径 / Route</th></tr>
${reads}
</table>
</body></html>
`;
}

/** Presentation of whole minutes and service dates, shared by the PDF, the payload and the API. */

/** Hours to two decimals, computed from integer minutes so the printed figure never shows float noise. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes * 100) / 60) / 100;
}

/** "12.5", "12", "0.33": the hours figure as a certificate prints it. */
export function formatHours(minutes: number): string {
  return String(minutesToHours(minutes));
}

/** "12 小时 30 分钟": exact, as the ledger counts. */
export function formatDurationZh(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}

/** "12 h 30 min". */
export function formatDurationEn(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "2025年3月1日" from "2025-03-01". */
export function formatDateZh(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * The days an activity line covers, short enough for a table cell: one to three dates are listed, more
 * are given as a range with the number of days, since a weekly class can run all term.
 */
export function formatServiceDates(dates: readonly string[], language: 'zh' | 'en'): string {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return '';
  if (dates.length <= 3) return dates.join(language === 'zh' ? '、' : ', ');
  return language === 'zh'
    ? `${first} 至 ${last}（${dates.length} 天）`
    : `${first} to ${last} (${dates.length} days)`;
}

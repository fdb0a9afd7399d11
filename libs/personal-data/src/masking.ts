/** How personal data is shown wherever it is not the person's own unmasked copy. */

/** 张小青 → 张*青, 张三 → 张*, a Latin name keeps its first letter: Alice → A****. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  if (/^[\p{Script=Han}·]+$/u.test(name.trim())) {
    return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  }
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 430202200803141234 → 4302**********1234: region's first four and the last four. */
export function maskIdentityNumber(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(Math.max(0, value.length - 8))}${value.slice(-4)}`;
}

/** 2008-03-14 → 2008-**-**: the year alone, as a masked view shows. */
export function maskBirthDate(date: string): string {
  return `${date.slice(0, 4)}-**-**`;
}

/** What a page shows in place of an erased person's name. */
export const ERASED_NAME = '已删除 (erased)';

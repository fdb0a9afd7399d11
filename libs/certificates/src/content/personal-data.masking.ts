/**
 * Masking of personal data for anything shown beyond the volunteer and the issuer (SPEC §3: personal data
 * is shown masked). Every function works on code points, so a rare character outside the BMP counts as one.
 */

const HAN = /\p{Script=Han}/u;
const NAME_SEPARATORS = new Set([' ', '·', '•', '.', '-', "'"]);

/**
 * A name as it may appear on a public verification page: enough for a school to match the student in front
 * of it, not enough to learn a stranger's full name.
 * Chinese names keep the first and, from three characters on, the last character (李* / 张*三 / 欧**明);
 * Latin names keep the initial of each part (J*** S****).
 */
export function maskName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const chars = Array.from(trimmed);
  if (chars.length === 0) return '';
  return chars.some((char) => HAN.test(char)) ? maskHanName(chars) : maskLatinName(chars);
}

function maskHanName(chars: string[]): string {
  const letters = chars.filter((char) => !NAME_SEPARATORS.has(char));
  // A one-character name would be shown whole by any keep-first rule; hide it instead.
  if (letters.length <= 1) return '*';
  const keepLast = letters.length >= 3;
  let seen = 0;
  return chars
    .map((char) => {
      if (NAME_SEPARATORS.has(char)) return char;
      seen += 1;
      return seen === 1 || (keepLast && seen === letters.length) ? char : '*';
    })
    .join('');
}

function maskLatinName(chars: string[]): string {
  let atWordStart = true;
  return chars
    .map((char) => {
      if (NAME_SEPARATORS.has(char)) {
        atWordStart = true;
        return char;
      }
      const shown = atWordStart ? char : '*';
      atWordStart = false;
      return shown;
    })
    .join('');
}

/**
 * An identity-document number with only its ends visible: a resident identity card (18 or 15 characters)
 * keeps its first four (the region of issue) and last four (4301**********1234), as published certificates
 * do; shorter documents such as passports keep two at each end, and very short ones only the last.
 */
export function maskIdentityNumber(identityNumber: string): string {
  const chars = Array.from(identityNumber.replace(/\s+/g, '').toUpperCase());
  const length = chars.length;
  const [head, tail] = length >= 15 ? [4, 4] : length >= 8 ? [2, 2] : length >= 4 ? [0, 1] : [0, 0];
  return chars.map((char, index) => (index < head || index >= length - tail ? char : '*')).join('');
}

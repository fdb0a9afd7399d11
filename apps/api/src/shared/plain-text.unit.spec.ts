import { isPlainText } from './validation.js';

describe('isPlainText', () => {
  it('accepts Chinese, other scripts and emoji', () => {
    expect(isPlainText('莲花社区·七彩课堂 (Zhuzhou) — ok 👍')).toBe(true);
    expect(isPlainText("Robert'); DROP TABLE es_events;--")).toBe(true);
  });

  it.each([
    ['a NUL byte', 'a\u0000b'],
    ['an escape sequence', 'name\u001b[31m'],
    ['a C1 control', 'x\u0085y'],
    ['DEL', 'x\u007f'],
    ['a right-to-left override', '张\u202E三'],
    ['an isolate', 'a\u2066b'],
    ['a byte-order mark', '\uFEFFname'],
    ['a lone high surrogate', 'a\uD83Db'],
    ['a lone low surrogate', 'a\uDC4Db'],
  ])('refuses %s', (_, text) => {
    expect(isPlainText(text)).toBe(false);
    expect(isPlainText(text, true)).toBe(false);
  });

  it('allows line breaks and tabs only in multi-line text', () => {
    expect(isPlainText('第一行\n第二行')).toBe(false);
    expect(isPlainText('第一行\r\n第二行\t备注', true)).toBe(true);
  });

  it('refuses what is not a string', () => {
    expect(isPlainText(42)).toBe(false);
    expect(isPlainText(null)).toBe(false);
    expect(isPlainText(['a'])).toBe(false);
  });
});

/** C0 and C1 control characters other than tab and line breaks, and Unicode's bidirectional overrides. */
const FORBIDDEN_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text a person wrote, or a name that ends up where people read it (an actor's `sub` in every event and
 * audit list): any script and emoji, but no control characters, no bidirectional overrides that would
 * make it read other than it is, and no broken UTF-16. Line breaks only where `multiline`.
 */
export function isPlainText(value: unknown, multiline = false): boolean {
  if (typeof value !== 'string') return false;
  if (FORBIDDEN_IN_TEXT.test(value) || LONE_SURROGATE.test(value)) return false;
  return multiline || !LINE_BREAK_OR_TAB.test(value);
}

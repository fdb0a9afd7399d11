/** One command of the README's walkthrough and the answer the README shows after it, if any. */
export interface WalkthroughCommand {
  readonly index: number;
  /** The command as written, continuation lines included. */
  readonly text: string;
  /** The JSON shown in the comment lines after it (`# {…}`, continued by `#  …`), with its placeholders. */
  readonly documented?: string;
}

/** The fenced bash blocks of the named `##` sections, in the README's order, as commands. */
export function walkthroughOf(readme: string, sections: readonly string[]): WalkthroughCommand[] {
  const commands: { text: string; documented?: string }[] = [];
  for (const section of readme.split(/^## /m).slice(1)) {
    const title = section.slice(0, section.indexOf('\n')).trim();
    if (!sections.includes(title)) continue;
    for (const block of section.matchAll(/^```bash\n([\s\S]*?)^```$/gm)) {
      let answering = false;
      let continued = false;
      for (const line of (block[1] ?? '').split('\n')) {
        const last = commands.at(-1);
        if (/^#\s*[[{]/.test(line) && last) {
          last.documented = line.replace(/^#\s*/, '');
          answering = true;
          continue;
        }
        if (answering && /^# {2,}\S/.test(line) && last) {
          last.documented += line.replace(/^#\s*/, '');
          continue;
        }
        answering = false;
        if (/^\s*(#.*)?$/.test(line)) continue; // prose in comments, or a blank line
        if (continued && last) last.text += `\n${line}`;
        else commands.push({ text: line });
        continued = line.endsWith('\\');
      }
    }
  }
  return commands.map((command, index) => ({ index, ...command }));
}

const ANY = '\u0000any';
const MORE = '\u0000more';

/**
 * The documented answer as a pattern. `"…"` is any string and `"text…"` a string starting with `text`; a
 * bare `…` value is any value; a bare `…` among an object's members lets more members follow.
 */
export function documentedPattern(documented: string): unknown {
  let members = 0;
  const json = documented
    .replace(/:\s*…(?=\s*[,}\]])/g, `:"\\u0000any"`)
    .replace(/([{,])\s*…\s*(?=[,}])/g, (_, before: string) => `${before}"\\u0000more${(members += 1)}":true`);
  return JSON.parse(json) as unknown;
}

/** Whether an answer matches what the README documents: true, or where it differs. */
export function matchesDocumented(documented: string, output: string): true | string {
  let actual: unknown;
  try {
    actual = JSON.parse(output) as unknown;
  } catch {
    return 'the answer is not JSON';
  }
  return matches(documentedPattern(documented), actual, '$');
}

function matches(pattern: unknown, actual: unknown, at: string): true | string {
  if (pattern === ANY) return true;
  if (typeof pattern === 'string' && pattern.endsWith('…')) {
    const prefix = pattern.slice(0, -1);
    return typeof actual === 'string' && actual.startsWith(prefix)
      ? true
      : `${at}: not a string starting "${prefix}"`;
  }
  if (Array.isArray(pattern)) {
    if (!Array.isArray(actual) || actual.length !== pattern.length)
      return `${at}: not an array of ${pattern.length}`;
    for (const [index, item] of pattern.entries()) {
      const verdict = matches(item, actual[index], `${at}[${index}]`);
      if (verdict !== true) return verdict;
    }
    return true;
  }
  if (pattern !== null && typeof pattern === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: not an object`;
    const entries = Object.entries(pattern);
    const open = entries.some(([key]) => key.startsWith(MORE));
    for (const [key, value] of entries) {
      if (key.startsWith(MORE)) continue;
      if (!(key in actual)) return `${at}.${key}: missing`;
      const verdict = matches(value, (actual as Record<string, unknown>)[key], `${at}.${key}`);
      if (verdict !== true) return verdict;
    }
    const extra = Object.keys(actual).filter((key) => !(key in pattern));
    return open || extra.length === 0 ? true : `${at}: more than documented (${extra.join(', ')})`;
  }
  return Object.is(pattern, actual)
    ? true
    : `${at}: ${JSON.stringify(actual)}, not ${JSON.stringify(pattern)}`;
}

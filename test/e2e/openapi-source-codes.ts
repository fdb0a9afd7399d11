import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Where production code raises problems: the API app and the libraries (not the web pages, not tests). */
const SOURCE_DIRS = ['apps/api/src', 'libs'];

/**
 * A code in a raising position: the first argument of an error or problem constructor (optionally after a
 * status), a `code: '…'` field, a `readonly code = '…'`, or a `?? '…'` fallback for a code.
 */
const CODE = "'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)'";
const RAISING = [
  new RegExp(`new (?!Config|KeyRing)\\w*(?:Error|Problem)\\(\\s*(?:\\d{3},\\s*)?${CODE}`, 'g'),
  new RegExp(`\\bproblem\\(\\s*\\d{3},\\s*${CODE}`, 'g'),
  new RegExp(`\\bcode(?:\\s*:|\\s*=|\\s*\\?\\?)\\s*${CODE}`, 'g'),
  // code: condition ? 'A' : 'B'
  new RegExp(`\\bcode:\\s*[\\w.]+\\s*\\?\\s*${CODE}\\s*:\\s*${CODE}`, 'g'),
];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
      return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
    }),
  );
  return files.flat();
}

/** Every problem code production code can raise, read from the source. */
export async function raisedProblemCodes(): Promise<Set<string>> {
  const codes = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of await sourceFiles(join(root, dir))) {
      const text = await readFile(file, 'utf8');
      for (const pattern of RAISING) {
        for (const match of text.matchAll(pattern)) {
          for (const code of match.slice(1)) if (code && code.length > 3) codes.add(code);
        }
      }
    }
  }
  return codes;
}

import { readFile, writeFile } from 'node:fs/promises';
import { BENCHMARKS_FILE } from './report-file.js';

/**
 * Replaces one named section of docs/benchmarks.md (between `<!-- name:start -->` and `<!-- name:end -->`),
 * or appends it, keeping everything else as the other benches wrote it.
 */
export async function writeNamedSection(name: string, body: string, path = BENCHMARKS_FILE): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = await readFile(path, 'utf8').catch(() => '# Benchmarks\n');
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${section}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  await writeFile(path, next);
}

/** The one-minute load average, to note beside figures measured on a shared machine. */
export async function loadAverage(): Promise<string> {
  const text = await readFile('/proc/loadavg', 'utf8').catch(() => '');
  return text.split(' ').slice(0, 3).join(' ');
}

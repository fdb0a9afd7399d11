import { readFile, writeFile } from 'node:fs/promises';

export const BENCHMARKS_FILE = 'docs/benchmarks.md';

const MEMORY_START = '<!-- memory:start -->';
const MEMORY_END = '<!-- memory:end -->';

/** The memory section of the current report, which `npm run bench:memory` owns; empty when there is none. */
export async function currentMemorySection(path = BENCHMARKS_FILE): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const start = text.indexOf(MEMORY_START);
  const end = text.indexOf(MEMORY_END);
  return start >= 0 && end > start ? text.slice(start, end + MEMORY_END.length) : '';
}

export function memorySection(body: string): string {
  return `${MEMORY_START}\n${body.trim()}\n${MEMORY_END}`;
}

/** Replaces the memory section of the report, keeping everything else as `npm run bench` wrote it. */
export async function writeMemorySection(body: string, path = BENCHMARKS_FILE): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => '# Benchmarks\n');
  const section = memorySection(body);
  const current = await currentMemorySection(path);
  await writeFile(path, current ? text.replace(current, section) : `${text.trimEnd()}\n\n${section}\n`);
}

const WEB_START = '<!-- web:start -->';
const WEB_END = '<!-- web:end -->';

/** The web pages' section of the current report, which `npm run bench:web` rewrites alone. */
export async function currentWebSection(path = BENCHMARKS_FILE): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const start = text.indexOf(WEB_START);
  const end = text.indexOf(WEB_END);
  return start >= 0 && end > start ? text.slice(start, end + WEB_END.length) : '';
}

export function webSection(body: string): string {
  return `${WEB_START}\n${body.trim()}\n${WEB_END}`;
}

/** Replaces the web pages' section of the report (or adds it), keeping the rest. */
export async function writeWebSection(body: string, path = BENCHMARKS_FILE): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => '# Benchmarks\n');
  const section = webSection(body);
  const current = await currentWebSection(path);
  await writeFile(path, current ? text.replace(current, section) : `${text.trimEnd()}\n\n${section}\n`);
}

/**
 * Every marked section of the current report (`<!-- name:start -->` … `<!-- name:end -->`) except the ones
 * named, in the order they appear: the sections other benchmark commands own, which `npm run bench` keeps.
 */
export async function currentMarkedSections(path: string, except: readonly string[]): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const sections: string[] = [];
  for (const match of text.matchAll(/<!-- ([a-z0-9-]+):start -->[\s\S]*?<!-- \1:end -->/g)) {
    if (!except.includes(match[1] ?? '')) sections.push(match[0]);
  }
  return sections;
}

// `npm run build && node dist/bench/import-main.js`: the historical-import benchmark alone, on PGlite; its
// section of docs/benchmarks.md is replaced (or added at the end).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { benchImport, renderImportSection } from './import.bench.js';
import { BENCHMARKS_FILE } from './report-file.js';

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const result = await benchImport({ rows, volunteers: Math.max(1, Math.round(rows / 10)) });
console.log(JSON.stringify(result));
const path = join(process.cwd(), BENCHMARKS_FILE);
const current = await readFile(path, 'utf8');
const section = renderImportSection(result);
const marked = /<!-- import:start -->[\s\S]*?<!-- import:end -->/;
await writeFile(
  path,
  marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`,
);

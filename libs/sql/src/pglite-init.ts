import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The embedded server's start parameters: PGlite's defaults with smaller buffers. A community's ledger
 * fits in them, and WebAssembly memory, once grown, is never given back to the system.
 */
export const PGLITE_START_PARAMS: readonly string[] = [
  '--single',
  '-F',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
  '-c',
  // Touched in full at start (measured: 32MB of buffers is 49 MiB of WebAssembly heap, 16MB is 31).
  'shared_buffers=16MB',
  '-c',
  'wal_buffers=2MB',
];

/** A directory PGlite has not initialised yet: missing, or empty. */
export function needsInitdb(dataDir: string): boolean {
  if (dataDir.includes('://')) return false;
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/**
 * Creates a new embedded database in a short-lived child process. Initialising the cluster grows the
 * WebAssembly heap to several hundred megabytes, which the process that did it would keep for good; the
 * service then opens the finished directory at a fraction of that.
 */
export async function initdbInChildProcess(dataDir: string): Promise<void> {
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)});
const db = await PGlite.create({ dataDir: process.argv[1] });
await db.close();`;
  await run(process.execPath, ['--input-type=module', '-e', script, dataDir], { timeout: 300_000 });
}

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

describe('the data directory lock', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vl-lock-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a directory a live process holds and names that process', async () => {
    // The process that started this one is alive for as long as this test runs.
    await writeFile(join(dataDir, 'ledger.lock'), `${process.ppid}\n`);
    await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);
  });

  it('takes over a lock left by a process that is gone, and releases it', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(join(dataDir, 'ledger.lock'), `${gone}\n`);
    const release = await lockDataDir(dataDir);
    expect(await readFile(join(dataDir, 'ledger.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await release();
    await expect(readFile(join(dataDir, 'ledger.lock'), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

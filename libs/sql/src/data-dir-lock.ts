import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Another live process has the embedded database's directory open; opening it too would corrupt it. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';

  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by process ${pid} (PGlite serves one process); stop it first, or give this command another DATA_DIR`,
    );
  }
}

const LOCK_FILE = 'ledger.lock';
// Opens within this process share the lock: the file guards against other processes.
const held = new Map<string, number>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createLockFile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the embedded database's directory for this process: a lock file holding the process id, left by a
 * process that is gone (a crash) is taken over, one held by a live process refuses with DataDirInUseError.
 * Answers the release.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  const release = async (): Promise<void> => {
    const count = (held.get(path) ?? 1) - 1;
    if (count > 0) {
      held.set(path, count);
      return;
    }
    held.delete(path);
    await rm(path, { force: true });
  };
  if (held.has(path)) {
    held.set(path, (held.get(path) ?? 0) + 1);
    return release;
  }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createLockFile(path)) {
      held.set(path, 1);
      return release;
    }
    const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new DataDirInUseError(dataDir, pid);
    }
    await rm(path, { force: true });
  }
  throw new Error(`Could not take the lock file ${path}`);
}

import { createSqlClient } from '@vl/sql';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/apps/cli/src/main.js');

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Ran {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    timeout: 540_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: performance.now() - started,
  };
}

const cli = (args: string[], env: Record<string, string> = {}): Ran =>
  run(process.execPath, [main, ...args], env);
const build = (): Ran => run(process.execPath, ['scripts/build.mjs', '--skip-web']);
const oneLine = (text: string): void => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/^\s+at /m);
};

describe('the command line', () => {
  beforeAll(() => {
    expect(build().status).toBe(0);
  }, 300_000);

  it('builds only what changed: a second call compiles nothing and leaves dist/ as it was', async () => {
    const before = (await stat(main)).mtimeMs;
    const again = build();
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/built dist\/: 0 compiled, 0 copied, 0 removed/);
    expect((await stat(main)).mtimeMs).toBe(before);
    process.stderr.write(`no-op build: ${Math.round(again.ms)} ms\n`);
  }, 120_000);

  it('prints help for each command and exits 0', () => {
    const top = cli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/seed-demo/);
    const token = cli(['token', '--help']);
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/--sub <sub>/);
    expect(token.stderr).toBe('');
    const seed = cli(['seed-demo', '--help']);
    expect(seed.stdout).toMatch(/--scale <s>/);
  }, 120_000);

  it('refuses bad input with one line and exit 2, never a stack trace', () => {
    for (const args of [
      ['token', '--sub', 'x'],
      ['token', '--sub', 'x', '--roles', 'wizard', '--org', 'zz'],
      ['seed-demo', '--scale', '3'],
      ['seed-demo', '--seed', 'abc'],
      ['no-such-command'],
      ['verify-certificate', 'x.jws', '--jwks', '/nonexistent/jwks.json'],
    ]) {
      const answer = cli(args);
      expect({ args, status: answer.status }).toEqual({ args, status: 2 });
      oneLine(answer.stderr);
      expect(answer.stderr).toMatch(/^error: /);
    }
  }, 180_000);

  it('mints a token when the input is whole', () => {
    const answer = cli(['token', '--sub', 'root', '--roles', 'admin', '--org', '*']);
    expect(answer.status).toBe(0);
    expect(answer.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }, 60_000);

  it('refuses a DATA_DIR another process holds, with exit 3, and uses it once free', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vl-cli-'));
    try {
      const held = await createSqlClient({ dataDir });
      try {
        const refused = cli(['rebuild'], { DATA_DIR: dataDir });
        expect(refused.status).toBe(3);
        oneLine(refused.stderr);
        expect(refused.stderr).toMatch(/in use by process \d+/);
      } finally {
        await held.close();
      }
      const rebuilt = cli(['rebuild'], { DATA_DIR: dataDir });
      expect(rebuilt.stderr).toBe('');
      expect(rebuilt.status).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 540_000);
});

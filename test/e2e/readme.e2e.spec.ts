import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startTestLedger, type TestLedger, WITH_DEVELOPMENT_SECRET } from '../support/ledger-app.js';
import { matchesDocumented, walkthroughOf, type WalkthroughCommand } from './readme-walkthrough.js';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The README's sections whose bash blocks make up one curl session, in order. */
const WALKTHROUGH = [
  'A session with curl',
  'Auditing eligibility',
  'A school’s journey',
  "A school's journey",
];

/** Where the README says the service listens. */
const DOCUMENTED_ORIGIN = 'http://127.0.0.1:3000';

const STEP = '\u001e';

/**
 * `npm run --silent cli -- …` is what the README runs for tokens; `npm run cli` builds and then starts
 * dist/apps/cli. The build happens once before the replay, so each call starts the built command directly.
 */
const PRELUDE = `set -u
npm() {
  if [ "$1" = run ] && [ "$2" = --silent ] && [ "$3" = cli ] && [ "$4" = -- ]; then
    shift 4; node "$LEDGER_REPOSITORY/dist/apps/cli/src/main.js" "$@"
  else
    echo "the walkthrough runs only npm run --silent cli" >&2; return 1
  fi
}
`;

/** The README's curl session, replayed against a freshly started service on the embedded default. */
describe('the README walkthrough', () => {
  let ledger: TestLedger;
  let commands: WalkthroughCommand[];
  let outputs: Map<number, string>;
  let stderr: string;
  let exitCode: number | null;
  let dir: string;

  beforeAll(async () => {
    commands = walkthroughOf(await readFile(join(root, 'README.md'), 'utf8'), WALKTHROUGH);
    await run('npm', ['run', '--silent', 'build'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    ledger = await startTestLedger('pglite', { ...WITH_DEVELOPMENT_SECRET });
    dir = await mkdtemp(join(tmpdir(), 'vl-readme-'));
    const script =
      PRELUDE +
      commands
        .map(({ index, text }) => `printf '${STEP}%d${STEP}\\n' ${index}\n${text}`)
        .join('\n')
        .replaceAll(DOCUMENTED_ORIGIN, ledger.url);
    const env: NodeJS.ProcessEnv = { ...process.env, LEDGER_REPOSITORY: root, TZ: 'UTC' };
    delete env.AUTH_JWT_SECRET;
    delete env.AUTH_JWKS_URL;
    const result = await new Promise<{ stdout: string; stderr: string; code: number | null }>((done) => {
      const child = spawn('bash', ['-c', script], { cwd: dir, env });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('close', (code) => done({ stdout: out, stderr: err, code }));
    });
    stderr = result.stderr;
    exitCode = result.code;
    outputs = new Map();
    const parts = result.stdout.split(new RegExp(`${STEP}(\\d+)${STEP}\\n`));
    for (let i = 1; i < parts.length; i += 2) outputs.set(Number(parts[i]), (parts[i + 1] ?? '').trim());
  }, 600_000);

  afterAll(async () => {
    await ledger?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds the walkthrough in the README: its commands and the answers it documents', () => {
    expect(commands.length).toBeGreaterThan(25);
    expect(commands.filter((command) => command.documented !== undefined).length).toBeGreaterThan(12);
    expect(commands.some((command) => command.text.includes('/docs/openapi.json'))).toBe(false);
  });

  it('runs every command to the end', () => {
    expect({ exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect([...outputs.keys()]).toEqual(commands.map((command) => command.index));
  });

  it('answers what the README documents after each command', () => {
    const mismatches = commands
      .filter((command) => command.documented !== undefined)
      .flatMap((command) => {
        const output = outputs.get(command.index) ?? '';
        const verdict = matchesDocumented(command.documented as string, output);
        return verdict === true
          ? []
          : [{ command: command.text, documented: command.documented, output, verdict }];
      });
    expect(mismatches).toEqual([]);
  });

  it('compares strictly: another figure, a missing field or an extra one is a difference', () => {
    const consent = commands.find((command) => command.documented?.includes('"consentId"'));
    expect(consent?.documented).toMatch(/"position":\d+/);
    const answer = JSON.parse(outputs.get(consent?.index ?? -1) ?? 'null') as { position: number };
    expect(matchesDocumented(consent?.documented as string, JSON.stringify(answer))).toBe(true);
    const shifted = { ...answer, position: answer.position + 1 };
    expect(matchesDocumented(consent?.documented as string, JSON.stringify(shifted))).not.toBe(true);
    expect(matchesDocumented('{"a":"…","b":…}', '{"a":"x"}')).not.toBe(true);
    expect(matchesDocumented('{"a":"…"}', '{"a":"x","b":1}')).not.toBe(true);
    expect(matchesDocumented('{"a":"…",…}', '{"a":"x","b":1}')).toBe(true);
    expect(matchesDocumented('{"s":"eyJ…"}', '{"s":"abc"}')).not.toBe(true);
  });

  it('answers no problem where the README documents none', () => {
    const problems = commands
      .filter((command) => command.documented === undefined)
      .map((command) => ({ command: command.text, output: outputs.get(command.index) ?? '' }))
      .filter(({ output }) => output.includes('urn:volunteer-ledger:problem:'));
    expect(problems).toEqual([]);
  });

  it('mentions where the OpenAPI document lives', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('/docs/openapi.json');
    const response = await fetch(`${ledger.url}/docs/openapi.json`);
    expect(response.status).toBe(200);
  });
});

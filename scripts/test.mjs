// `npm test`: type check, lint, then every jest tier on the real infrastructure this machine has.
// It starts the Kafka broker when it can, says what it skipped and why, and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './swc-options.mjs';

const env = { ...process.env };
const skipped = [];

function run(title, command, args, options = {}) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  return result.status ?? 1;
}

if (run('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
if (run('type check: web pages', 'npx', ['vue-tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']) !== 0) {
  process.exit(1);
}
if (run('lint', 'npm', ['run', '--silent', 'lint']) !== 0) process.exit(1);

const kafkaScript = join(root, 'test/infra/kafka/kafka.sh');
let startedKafka = false;
if (env.KAFKA_BROKERS) {
  console.log(`\n== Kafka: using KAFKA_BROKERS=${env.KAFKA_BROKERS}`);
} else if (existsSync(kafkaScript)) {
  // A broker that was already up (started by hand, or another checkout's) is used and left running.
  const alreadyUp =
    spawnSync('bash', [kafkaScript, 'status'], { cwd: root, stdio: 'ignore', env }).status === 0;
  if (run('Kafka broker (test/infra/kafka)', 'bash', [kafkaScript, 'start']) === 0) {
    env.KAFKA_BROKERS = '127.0.0.1:9092';
    startedKafka = !alreadyUp;
  } else {
    skipped.push('Kafka suites: the broker did not start (see the log above)');
    env.VL_KAFKA_SKIP = 'the broker did not start';
  }
}
if (env.EVENTSTORE_URL === undefined) {
  skipped.push(
    'EventStoreDB conformance: EVENTSTORE_URL is not set (no EventStoreDB server on this machine)',
  );
}

const report = join(mkdtempSync(join(tmpdir(), 'vl-jest-')), 'report.json');
// Jest's default on two cores is one worker; most suites wait on PostgreSQL, Kafka or Chromium rather than
// the CPU, so two workers halve the wall clock here. A caller's own --maxWorkers or --runInBand wins.
const userArgs = process.argv.slice(2);
const workers = userArgs.some((arg) => /^(--maxWorkers|-w|--runInBand|-i$)/.test(arg))
  ? []
  : [`--maxWorkers=${Math.max(2, availableParallelism() - 1)}`];
const status = run('jest: unit, int and e2e', process.execPath, [
  '--experimental-vm-modules',
  '--no-warnings',
  'node_modules/jest/bin/jest.js',
  '--json',
  `--outputFile=${report}`,
  ...workers,
  ...userArgs,
]);
if (startedKafka) run('stop Kafka', 'bash', [kafkaScript, 'stop']);

let passed = 0;
let failed = 0;
let pending = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  pending = results.numPendingTests + results.numTodoTests;
} else {
  failed = 1;
}
if (skipped.length > 0) {
  console.log('\nSkipped, and why:');
  for (const line of skipped) console.log(`- ${line}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${pending} skipped`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);

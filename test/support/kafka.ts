import { execFile } from 'node:child_process';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The real Kafka broker for int and e2e suites, run by test/infra/kafka/kafka.sh. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const KAFKA_SCRIPT = join(repoRoot, 'test/infra/kafka/kafka.sh');
export const DEFAULT_TEST_BROKER = '127.0.0.1:9092';

const STARTED_MARK = 'VL_KAFKA_STARTED_BY_TESTS';
const run = promisify(execFile);

export interface KafkaInstance {
  /** Its own runtime directory and ports, so a suite can stop it without disturbing others. */
  readonly runtimeDir?: string;
  readonly port?: number;
  readonly controllerPort?: number;
}

export type KafkaCommand = 'start' | 'stop' | 'status';

/** Runs kafka.sh; resolves with its exit code and output instead of throwing. */
export async function kafkaScript(
  command: KafkaCommand,
  instance: KafkaInstance = {},
): Promise<{ code: number; output: string }> {
  const env = { ...process.env };
  if (instance.runtimeDir) env.KAFKA_RUNTIME_DIR = instance.runtimeDir;
  if (instance.port) env.KAFKA_PORT = String(instance.port);
  if (instance.controllerPort) env.KAFKA_CONTROLLER_PORT = String(instance.controllerPort);
  try {
    const { stdout, stderr } = await run('bash', [KAFKA_SCRIPT, command], {
      env,
      timeout: 180_000,
      maxBuffer: 4 << 20,
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    const code = typeof failure.code === 'number' ? failure.code : 1;
    return { code, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` || failure.message };
  }
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host, port, timeout: timeoutMs });
    const finish = (open: boolean): void => {
      socket.destroy();
      done(open);
    };
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}

/**
 * Makes sure a broker answers for the suites: KAFKA_BROKERS when set, else whatever listens on
 * 127.0.0.1:9092, else one started with kafka.sh (stopped again by stopKafka). The result is also left in
 * the environment (VL_KAFKA_BROKERS or VL_KAFKA_SKIP) for the suites' workers.
 */
export async function ensureKafka(): Promise<{ brokers: string[] } | { skipped: string }> {
  const skip = (reason: string): { skipped: string } => {
    process.env.VL_KAFKA_SKIP = reason;
    delete process.env.VL_KAFKA_BROKERS;
    return { skipped: reason };
  };
  const use = (brokers: string[]): { brokers: string[] } => {
    process.env.VL_KAFKA_BROKERS = brokers.join(',');
    delete process.env.VL_KAFKA_SKIP;
    return { brokers };
  };
  if (process.env.VL_KAFKA_SKIP) return skip(process.env.VL_KAFKA_SKIP);
  const configured = process.env.KAFKA_BROKERS?.trim();
  if (configured) return use(configured.split(',').map((broker) => broker.trim()));
  if (await portOpen(9092)) return use([DEFAULT_TEST_BROKER]);
  const { code, output } = await kafkaScript('start');
  if (code !== 0)
    return skip(`the Kafka broker did not start (kafka.sh exit ${code}): ${lastLines(output, 5)}`);
  process.env[STARTED_MARK] = 'true';
  return use([DEFAULT_TEST_BROKER]);
}

/** Stops the broker if ensureKafka started it in this process; a broker someone else started stays up. */
export async function stopKafka(): Promise<void> {
  if (process.env[STARTED_MARK] !== 'true') return;
  delete process.env[STARTED_MARK];
  await kafkaScript('stop');
}

/**
 * For suites, at module load: the brokers the global setup found, or why Kafka suites are skipped. When the
 * global setup did not look (a suite run on its own), it looks now, starting the broker if need be.
 */
export async function kafkaForSuite(): Promise<{ brokers: string[] } | { skipped: string }> {
  if (process.env.VL_KAFKA_SKIP) return { skipped: process.env.VL_KAFKA_SKIP };
  const found = process.env.VL_KAFKA_BROKERS;
  if (found) return { brokers: found.split(',') };
  return ensureKafka();
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join(' | ');
}

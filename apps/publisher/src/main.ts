import 'reflect-metadata';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, type LedgerConfig } from '@vl/config';
import { PublisherAppModule } from './publisher-app.module.js';

const LOG_LEVELS = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
} as const;

/** The publisher alone: follows the event store and publishes CloudEvents to KAFKA_BROKERS. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.kafkaBrokers) throw new ConfigError('KAFKA_BROKERS', 'is required to run the publisher');
  warnAboutEmbeddedDatabase(config);
  const app = await NestFactory.createApplicationContext(PublisherAppModule.register(config), {
    logger: new ConsoleLogger({
      json: config.logFormat === 'json',
      logLevels: [...LOG_LEVELS[config.logLevel]],
    }),
  });
  // SIGTERM/SIGINT stop the publisher after the batch in hand; the next start resumes from the checkpoint.
  app.enableShutdownHooks();
}

function warnAboutEmbeddedDatabase(config: LedgerConfig): void {
  if (config.databaseUrl) return;
  // PGlite serves one process: a publisher on its own must not share DATA_DIR with a running API.
  new Logger('Publisher').warn(
    `No DATABASE_URL: using embedded PGlite in ${config.dataDir}, which no other process may open`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else new Logger('Publisher').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(error instanceof ConfigError ? 2 : 1);
});

import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@vl/config';
import { Projector } from '@vl/read-model';
import { LedgerInfrastructureModule } from '@vl/platform';

/** The projector alone: follows the event store and keeps the read models. */
async function main(): Promise<void> {
  const config = loadConfig();
  @Module({ imports: [LedgerInfrastructureModule.forRoot(config)] })
  class ProjectorAppModule {}
  const app = await NestFactory.createApplicationContext(ProjectorAppModule);
  app.enableShutdownHooks();
  await app.get(Projector).start();
  new Logger('Projector').log('Following the event store');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else new Logger('Projector').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(error instanceof ConfigError ? 2 : 1);
});

import 'reflect-metadata';
import {
  ConsoleLogger,
  type DynamicModule,
  type INestApplication,
  Logger,
  type LogLevel,
  Module,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AuthModule } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type PolicySet } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { type SqlClient } from '@vl/sql';
import { PublisherModule, publisherOptionsFromConfig } from '@vl/messaging';
import { DirectoryQuery, Projector } from '@vl/read-model';
import { EVENT_STORE, LedgerInfrastructureModule, POLICY_SET, SQL_CLIENT } from '@vl/platform';
import { ApiModule } from './api.module.js';
import { type Clock } from './shared/clock.js';
import { installJsonBodyParser } from './shared/json-body.js';
import { answerFrameworkError, ProblemDetailsFilter } from './shared/problem-details.filter.js';
import { createValidationPipe } from './shared/validation.js';
import { WaitingReadsInterceptor } from './shared/waiting-reads.interceptor.js';

export interface LedgerApp {
  readonly app: INestApplication;
  /** The base URL the API listens on, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  close(): Promise<void>;
}

/** Extra modules a deployment or test adds to the process (the publisher role, for one). */
export interface BootstrapOptions {
  readonly extraModules?: (Type | DynamicModule)[];
  readonly listen?: boolean;
  /** Serves the Swagger UI at /docs (the JSON document is always at /docs/openapi.json). */
  readonly docsUi?: boolean;
  /** Where the API reads the time; the system clock unless given. */
  readonly clock?: Clock;
}

const LOG_LEVELS: Record<LedgerConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

const BODY_LIMIT_BYTES = 64 * 1024;

/** Builds one process with the roles the configuration asks for: api, projector, publisher. */
export async function createLedgerApp(
  config: LedgerConfig,
  options: BootstrapOptions = {},
): Promise<LedgerApp> {
  const roles = config.roles;
  const imports: (Type | DynamicModule)[] = [
    LedgerInfrastructureModule.forRoot(config),
    AuthModule.forRoot({
      auth: {
        jwtSecret: config.authJwtSecret,
        jwksUrl: config.authJwksUrl,
        issuer: config.authIssuer,
        audience: config.authAudience,
        jwksTimeoutMs: config.authJwksTimeoutMs,
        maxTokenLifetimeSeconds: config.authMaxTokenLifetimeSeconds,
      },
      rateLimits: { limits: config.rateLimits },
      organizationPaths: {
        inject: [DirectoryQuery],
        useFactory: (directory: DirectoryQuery) => async (id: string) =>
          (await directory.organization(id))?.path,
      },
    }),
    ...(options.extraModules ?? []),
  ];
  if (roles.has('api')) imports.push(ApiModule.withClock(options.clock));
  if (roles.has('publisher') && config.kafkaBrokers) imports.push(publisherModule(config));

  @Module({ imports })
  class RootModule {}

  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(RootModule, adapter, {
    logger: new ConsoleLogger({ json: config.logFormat === 'json', logLevels: LOG_LEVELS[config.logLevel] }),
  });
  app.enableShutdownHooks();
  installJsonBodyParser(app, BODY_LIMIT_BYTES);
  // Key sets live where JWKS clients look for them, outside the versioned API.
  app.setGlobalPrefix('api/v1', { exclude: ['docs', 'docs/{*path}', '.well-known/jwks.json'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new WaitingReadsInterceptor());
  if (roles.has('api')) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('volunteer-ledger')
        .setDescription('Event-sourced ledger of volunteer service hours and credits (社区青春行动)')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('docs', app, document, {
      jsonDocumentUrl: 'docs/openapi.json',
      swaggerUiEnabled: options.docsUi !== false,
    });
  }

  await app.init();
  if (roles.has('publisher') && !config.kafkaBrokers) {
    new Logger('Bootstrap').log('Publisher role idle: KAFKA_BROKERS is not set, so nothing is sent to Kafka');
  }
  const fastify = app.getHttpAdapter().getInstance();
  if (roles.has('projector')) await app.get(Projector).start();

  let url = '';
  if (options.listen !== false && roles.has('api')) {
    await app.listen(config.port, config.host);
    const address = fastify.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    new Logger('Bootstrap').log(`API on ${url}/api/v1, docs on ${url}/docs`);
  }
  return { app, url, close: () => app.close() };
}

/** The publisher role in this process: it follows the same event store and keeps its checkpoint in SQL. */
function publisherModule(config: LedgerConfig): DynamicModule {
  return PublisherModule.forRootAsync({
    inject: [SQL_CLIENT, EVENT_STORE, POLICY_SET],
    useFactory: (sql: SqlClient, eventStore: EventStore, policies: PolicySet) =>
      publisherOptionsFromConfig(config, { sql, eventStore, policies }),
  });
}
